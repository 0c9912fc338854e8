package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.InvalidEventException;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A tab-separated Seller Central report read row by row: its header must name the columns the
 * report's reading needs, and a row with a bad cell is set aside with the cell's column while the
 * next rows are read.
 */
abstract class FlatFileRows extends EventRows {
    private final Tsv rows;
    /** The row being read, its cells by column name. */
    protected final Cells cells;
    private final Map<String, String> columns;

    /**
     * @param needed the columns the header must have
     * @param columns where each event field comes from, to name the column of an event's complaint
     */
    FlatFileRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                 List<String> needed, Map<String, String> columns) {
        super(source, onRejected, rowsRead);
        this.rows = new Tsv(in, source);
        List<String> names = rows.next();
        Header header = new Header(names == null ? List.of() : names);
        header.require(source, Math.max(rows.line(), 1), needed);
        this.cells = new Cells(header);
        this.columns = columns;
    }

    /** Reads the row now in {@link #cells}, giving its events to {@link #emit}. */
    protected abstract void readCells();

    /** The line of the row being read. */
    protected final long line() {
        return rows.line();
    }

    @Override
    protected final boolean readRow() {
        List<String> row = rows.next();
        if (row == null) {
            rows.close();
            return false;
        }
        counted();
        cells.of(row);
        try {
            readCells();
        } catch (BadField bad) {
            reject(rows.line(), bad, cells.line());
        } catch (InvalidEventException e) {
            reject(rows.line(), from(e, columns), cells.line());
        }
        return true;
    }
}
