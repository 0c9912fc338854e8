package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
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
public final class ReportRows extends FlatFileRows {
    private final Function<Cells, SellerEvent> event;

    /**
     * @param needed the columns the header must have
     * @param columns where each event field comes from, to name the column of an event's complaint
     * @param event the event of one row
     */
    public ReportRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                      List<String> needed, Map<String, String> columns, Function<Cells, SellerEvent> event) {
        super(in, source, onRejected, rowsRead, needed, columns);
        this.event = event;
    }

    @Override
    protected void readCells() {
        emit(event.apply(cells));
    }
}
