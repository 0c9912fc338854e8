package dev.accounthealth.internal.facts;

import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An A-to-z claim on a known order: what was claimed, how it ended, when Amazon asked for information. */
public final class ClaimFact extends OrderItemFact {
    ClaimFiled filed;
    ClaimResolved resolution;
    /** Every distinct request for information; Amazon may ask more than once. */
    final List<ClaimInfoRequested> infoRequests = new ArrayList<>(0);

    ClaimFact(String claimId) {
        super(claimId);
    }

    ClaimFact(ClaimFact other, OrderFact order) {
        super(other, order);
        filed = other.filed;
        resolution = other.resolution;
        infoRequests.addAll(other.infoRequests);
    }

    @Override
    Instant introducedAt() {
        return filed.at();
    }

    @Override
    String introducingOrderId() {
        return filed == null ? null : filed.orderId();
    }

    public String getClaimId() {
        return getItemId();
    }

    public Instant getFiledAt() {
        return filed.at();
    }

    public String getReason() {
        return filed.reason().orElse(null);
    }

    public Money getAmount() {
        return filed.amount().orElse(null);
    }

    public boolean isBuyShippingOnTime() {
        return filed.buyShippingOnTime();
    }

    public ClaimOutcome getOutcome() {
        return resolution == null ? null : resolution.outcome();
    }

    public Instant getResolvedAt() {
        return resolution == null ? null : resolution.at();
    }

    /** When Amazon asked for information, earliest first. */
    public List<Instant> getInfoRequestedAt() {
        return infoRequests.stream().map(ClaimInfoRequested::at).sorted().toList();
    }

    /** The latest time Amazon asked for information, or null when it never did. */
    public Instant getLatestInfoRequestAt() {
        Instant latest = null;
        for (ClaimInfoRequested request : infoRequests) {
            if (latest == null || request.at().isAfter(latest)) {
                latest = request.at();
            }
        }
        return latest;
    }
}
