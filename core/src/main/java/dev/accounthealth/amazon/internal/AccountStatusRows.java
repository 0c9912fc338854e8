package dev.accounthealth.amazon.internal;

import dev.accounthealth.amazon.AccountStatusChange;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import dev.accounthealth.json.internal.BadField;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * {@code ACCOUNT_STATUS_CHANGED} notifications (camelCase envelope), one per JSON value: each an
 * {@link AccountStatusChange} handed to its consumer; they give no seller event.
 */
public final class AccountStatusRows extends PageRows {
    private final Consumer<? super AccountStatusChange> changes;

    public AccountStatusRows(Reader in, String source, Consumer<? super RejectedLine> onRejected, LongConsumer rowsRead,
                             Consumer<? super AccountStatusChange> changes) {
        super(in, source, onRejected, rowsRead, Set.of(), Set.of());
        this.changes = changes;
    }

    @Override
    protected List<SellerEvent> read(JsonPages.Record record) {
        Fields f = new Fields(record.node(), "");
        String type = f.required("notificationType");
        if (!type.equals("ACCOUNT_STATUS_CHANGED")) {
            throw new BadField("notificationType", "expected ACCOUNT_STATUS_CHANGED, was '" + type + "'");
        }
        String p = "payload.accountStatusChangeNotification.";
        changes.accept(new AccountStatusChange(f.requiredInstant("eventTime"), f.required(p + "previousAccountStatus"),
                f.required(p + "currentAccountStatus"), source, record.line()));
        return List.of();
    }
}
