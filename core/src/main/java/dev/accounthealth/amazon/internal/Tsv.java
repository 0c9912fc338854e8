package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated Seller Central report, one at a time: quoting off (a product name
 * may hold a {@code "}), any line end (CRLF included), cells as written. Lines with no cell that
 * holds anything are not rows, as blank lines are not events in JSON Lines.
 */
public final class Tsv implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
            .withoutEscapeChar();

    private final CsvParser parser;
    private final String source;
    private final List<String> cells = new ArrayList<>();
    private long line;

    public Tsv(Reader in, String source) {
        this.source = source;
        try {
            this.parser = MAPPER.getFactory().createParser(in);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        parser.setSchema(SCHEMA);
    }

    /** The cells of the next row, or null at the end; valid until the next call. */
    public List<String> next() {
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                if (token != JsonToken.START_ARRAY) {
                    throw new IllegalStateException(source + ": unexpected " + token);
                }
                cells.clear();
                boolean anything = false;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    String cell = parser.getValueAsString("");
                    cells.add(cell);
                    anything |= !cell.isBlank();
                }
                // At the end of its row the parser knows the row's line, at its start the line before.
                line = parser.currentTokenLocation().getLineNr();
                if (anything) {
                    return cells;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read after line " + line + ": " + e.getMessage(), e);
        }
    }

    /** The line of the row last returned, from 1. */
    public long line() {
        return line;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }
}
