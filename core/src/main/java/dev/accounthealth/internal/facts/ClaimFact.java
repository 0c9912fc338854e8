package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.Money;
import java.time.Instant;
import java.util.List;

/** An A-to-z claim on a known order: what was claimed, how it ended, when Amazon asked for information. */
public final class ClaimFact extends OrderItemFact {
    private final Instant filedAt;
    private final String reason;
    private final Money amount;
    private final boolean buyShippingOnTime;
    ClaimOutcome outcome;
    Instant resolvedAt;
    List<Instant> infoRequestedAt = List.of();

    ClaimFact(String claimId, OrderFact order, Instant filedAt, String reason, Money amount,
              boolean buyShippingOnTime) {
        super(claimId, order, filedAt);
        this.filedAt = filedAt;
        this.reason = reason;
        this.amount = amount;
        this.buyShippingOnTime = buyShippingOnTime;
    }

    public String getClaimId() {
        return getItemId();
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getReason() {
        return reason;
    }

    public Money getAmount() {
        return amount;
    }

    public boolean isBuyShippingOnTime() {
        return buyShippingOnTime;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<Instant> getInfoRequestedAt() {
        return infoRequestedAt;
    }

    /** The latest time Amazon asked for information, or null when it never did. */
    public Instant getLatestInfoRequestAt() {
        return infoRequestedAt.isEmpty() ? null : infoRequestedAt.get(infoRequestedAt.size() - 1);
    }
}
