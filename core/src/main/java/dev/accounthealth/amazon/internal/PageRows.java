package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.InvalidEventException;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The events of SP-API responses or notifications, one record (an order, a financial event, a
 * notification) at a time. A record's events are all given or, when one field is bad, the whole
 * record is set aside; a file that is not JSON stops the read at the first broken line.
 */
public abstract class PageRows extends EventRows {
    private final JsonPages pages;
    private Iterator<JsonPages.Record> page = List.<JsonPages.Record>of().iterator();
    private boolean broken;

    protected PageRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                       Set<String> targets, Set<String> scalars) {
        super(source, onRejected, rowsRead);
        this.pages = new JsonPages(in, source, targets, scalars);
    }

    /**
     * The events of one record, in order.
     *
     * @throws BadField naming the field's full path when the record holds no valid events
     */
    protected abstract List<SellerEvent> read(JsonPages.Record record);

    /** Where each event field comes from in a record, to name the field of an event's complaint. */
    protected Map<String, String> fieldsOf(JsonPages.Record record) {
        return Map.of();
    }

    @Override
    protected final boolean readRow() {
        while (!page.hasNext()) {
            if (broken) {
                return false;
            }
            List<JsonPages.Record> next;
            try {
                next = pages.nextPage();
            } catch (BadField bad) {
                broken = true;
                counted();
                reject(pages.line(), bad, "");
                pages.close();
                return false;
            }
            if (next == null) {
                pages.close();
                return false;
            }
            page = next.iterator();
        }
        JsonPages.Record record = page.next();
        counted();
        List<SellerEvent> events;
        try {
            events = new ArrayList<>(read(record));
        } catch (BadField bad) {
            reject(record.line(), bad, record.node().toString());
            return true;
        } catch (InvalidEventException e) {
            reject(record.line(), from(e, fieldsOf(record)), record.node().toString());
            return true;
        }
        events.forEach(this::emit);
        return true;
    }
}
