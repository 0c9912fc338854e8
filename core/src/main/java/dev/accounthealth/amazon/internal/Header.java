package dev.accounthealth.amazon.internal;

import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.json.RejectedLine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column of a report is, by its header name: spaces around a name and its case do
 * not matter, unknown columns are ignored, a column the reader needs and the header lacks is an
 * error naming the file and the column.
 */
public final class Header {
    private final Map<String, Integer> positions = new HashMap<>();
    private final String text;

    /** Reads the header row; a byte order mark before the first name is not part of it. */
    public Header(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            positions.putIfAbsent(key(name), i);
        }
        this.text = String.join("\t", names);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the header has this column. */
    public boolean has(String column) {
        return positions.containsKey(key(column));
    }

    /**
     * Checks that every needed column is there.
     *
     * @throws EventFormatException naming the file, line 1 and the first missing column
     */
    public void require(String source, long line, List<String> columns) {
        for (String column : columns) {
            if (!has(column)) {
                throw new EventFormatException(new RejectedLine(source, line, column,
                        "missing from the header: the report needs this column", text));
            }
        }
    }

    /** The position of a column, or -1 when the header has none. */
    public int position(String column) {
        return positions.getOrDefault(key(column), -1);
    }
}
