package dev.accounthealth.amazon.internal;

import dev.accounthealth.json.internal.BadField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Typed access to the cells of one report row, by column name, each failure a {@link BadField}
 * naming the column. A cell that is empty or holds only spaces (the returns report writes a
 * single space in empty cells) reads as absent; cells are trimmed.
 */
public final class Cells {
    private final Header header;
    private List<String> row;

    public Cells(Header header) {
        this.header = header;
    }

    /** Points at the next row. */
    public Cells of(List<String> cells) {
        this.row = cells;
        return this;
    }

    /** The trimmed cell, or null when absent, blank, or the column is not in the file. */
    public String text(String column) {
        int at = header.position(column);
        if (at < 0 || at >= row.size()) {
            return null;
        }
        String cell = row.get(at).strip();
        return cell.isEmpty() ? null : cell;
    }

    public String required(String column) {
        String text = text(column);
        if (text == null) {
            throw new BadField(column, "required, was empty");
        }
        return text;
    }

    public Instant instant(String column) {
        return Dates.instant(required(column), column);
    }

    public Instant day(String column, ZoneId zone, String example, DateTimeFormatter... forms) {
        return Dates.startOfDay(required(column), column, zone, example, forms);
    }

    public int integer(String column) {
        String text = required(column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadField(column, "expected a whole number, was '" + text + "'");
        }
    }

    public BigDecimal decimal(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadField(column, "expected a decimal number such as 25.00, was '" + text + "'");
        }
    }

    /** {@code true}/{@code false} or {@code Y}/{@code N}, in any case; absent reads as {@code whenAbsent}. */
    public boolean bool(String column, boolean whenAbsent) {
        String text = text(column);
        if (text == null) {
            return whenAbsent;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes" -> true;
            case "false", "n", "no" -> false;
            default -> throw new BadField(column, "expected true, false, Y or N, was '" + text + "'");
        };
    }

    /** The value the cell's word stands for. */
    public <T> T code(String column, Words<T> words) {
        return words.read(required(column), column);
    }

    /** The row as read, cells joined by tabs, for the rejected row's text. */
    public String line() {
        return String.join("\t", row);
    }
}
