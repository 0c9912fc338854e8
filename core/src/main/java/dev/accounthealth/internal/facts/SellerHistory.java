package dev.accounthealth.internal.facts;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.Orphan;
import java.util.List;
import java.util.SortedSet;

/**
 * A seller's history folded into plain facts as of an instant, with what could not be used as
 * given (orphans and conflicts, sorted). The facts are in no particular order: nothing reported
 * depends on it.
 */
public record SellerHistory(
        Evaluation evaluation,
        SortedSet<Marketplace> marketplaces,
        List<OrderFact> orders,
        List<FeedbackFact> feedback,
        List<ClaimFact> claims,
        List<ChargebackFact> chargebacks,
        List<ReturnFact> returns,
        List<MessageFact> messages,
        List<ViolationFact> violations,
        List<Orphan> orphans,
        List<Conflict> conflicts) {

    /** Every fact for the rules to see but the evaluation, which a rule session keeps itself. */
    public List<Object> facts() {
        java.util.ArrayList<Object> facts = new java.util.ArrayList<>();
        marketplaces.forEach(m -> facts.add(new SellingMarketplace(m)));
        facts.addAll(orders);
        facts.addAll(feedback);
        facts.addAll(claims);
        facts.addAll(chargebacks);
        facts.addAll(returns);
        facts.addAll(messages);
        facts.addAll(violations);
        return facts;
    }
}
