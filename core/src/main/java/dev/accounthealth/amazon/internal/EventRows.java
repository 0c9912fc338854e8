package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.InvalidEventException;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The events of one input, read a row at a time as they are asked for: a row of a report, an
 * object of a response page, a notification. Every row ends up as events or as a rejected row;
 * a strict reader's consumer throws at the first rejected one.
 */
public abstract class EventRows implements Iterator<SellerEvent> {
    protected final String source;
    private final Consumer<? super RejectedLine> onRejected;
    private final LongConsumer rowsRead;
    private final ArrayDeque<SellerEvent> ready = new ArrayDeque<>();
    private long rows;
    private boolean done;

    protected EventRows(String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead) {
        this.source = source;
        this.onRejected = onRejected;
        this.rowsRead = rowsRead;
    }

    /**
     * Reads the next row, giving its events to {@link #emit} or the row to {@link #reject};
     * false at the end of the input.
     */
    protected abstract boolean readRow();

    /** What is left once every row is read: the events of rows held back until then. */
    protected void finish() {
    }

    protected final void emit(SellerEvent event) {
        ready.add(event);
    }

    /** Counts one row read from the input, whatever becomes of it. */
    protected final void counted() {
        rows++;
        rowsRead.accept(rows);
    }

    protected final void reject(long line, BadField bad, String text) {
        onRejected.accept(new RejectedLine(source, line, bad.field(), bad.reason(), text));
    }

    /**
     * An event's own complaint, under the column or field it came from.
     *
     * @param fields each event field and where the input holds it; fields not listed keep their name
     */
    protected static BadField from(InvalidEventException e, Map<String, String> fields) {
        return new BadField(fields.getOrDefault(e.field(), e.field()), e.reason());
    }

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !done) {
            if (!readRow()) {
                done = true;
                finish();
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public final SellerEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }
}
