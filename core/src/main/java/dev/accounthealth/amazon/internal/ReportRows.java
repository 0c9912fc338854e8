package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.InvalidEventException;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * A tab-separated report whose every row stands alone and gives one event: the returns, the
 * feedback and the FBA customer returns reports.
 */
public final class ReportRows extends EventRows {
    private final Tsv rows;
    private final Cells cells;
    private final Function<Cells, SellerEvent> event;
    private final Map<String, String> columns;

    /**
     * @param needed the columns the header must have
     * @param columns where each event field comes from, to name the column of an event's complaint
     * @param event the event of one row
     */
    public ReportRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                      List<String> needed, Map<String, String> columns, Function<Cells, SellerEvent> event) {
        super(source, onRejected, rowsRead);
        this.rows = new Tsv(in, source);
        List<String> names = rows.next();
        Header header = new Header(names == null ? List.of() : names);
        header.require(source, Math.max(rows.line(), 1), needed);
        this.cells = new Cells(header);
        this.columns = columns;
        this.event = event;
    }

    @Override
    protected boolean readRow() {
        List<String> row = rows.next();
        if (row == null) {
            rows.close();
            return false;
        }
        counted();
        cells.of(row);
        try {
            emit(event.apply(cells));
        } catch (BadField bad) {
            reject(rows.line(), bad, cells.line());
        } catch (InvalidEventException e) {
            reject(rows.line(), from(e, columns), cells.line());
        }
        return true;
    }
}
