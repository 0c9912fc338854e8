package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.BuyerMessageReceived;
import dev.accounthealth.event.CancelledBy;
import dev.accounthealth.event.ChargebackFiled;
import dev.accounthealth.event.ChargebackKind;
import dev.accounthealth.event.ClaimFiled;
import dev.accounthealth.event.ClaimInfoRequested;
import dev.accounthealth.event.ClaimOutcome;
import dev.accounthealth.event.ClaimResolved;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderCancelled;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.PolicyCategory;
import dev.accounthealth.event.PolicyViolationReported;
import dev.accounthealth.event.ReturnAnswered;
import dev.accounthealth.event.ReturnDecision;
import dev.accounthealth.event.ReturnFeedbackReceived;
import dev.accounthealth.event.ReturnRejectionOverturned;
import dev.accounthealth.event.ReturnRequested;
import dev.accounthealth.event.Severity;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.InputCoverage;
import dev.accounthealth.InputData;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every rule of the default rule set fires in at least one of a few histories. */
class RuleCoverageTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /** 61 orders due over the last 10 days in a marketplace, {@code late} of them shipped late. */
    private static void dueOrders(Story story, Marketplace marketplace, int offset, int late) {
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minus(hours(2 + i * 3L));
            String id = id(offset + i);
            story.add(Events.mfnDue(id, marketplace, due),
                    new OrderShipped(i < late ? due.plus(hours(1)) : due.minus(hours(1)), id, "UPS", "1Z" + id));
        }
    }

    /** Critical in FR, at risk in DE, healthy with a warning in UK, critical by policy in IT. */
    private static Story critical() {
        Story story = new Story();
        dueOrders(story, Marketplace.FR, 0, 16);
        dueOrders(story, Marketplace.DE, 100, 3);
        dueOrders(story, Marketplace.UK, 200, 2);
        story.add(new PolicyViolationReported(AS_OF.minus(days(3)), "V1", Marketplace.IT,
                PolicyCategory.PRODUCT_SAFETY, Severity.CRITICAL, Optional.empty()));
        story.add(Events.mfnPlaced(id(990), Marketplace.FR, AS_OF.minus(days(1))),
                new OrderCancelled(AS_OF.minus(hours(20)), id(990), CancelledBy.SELLER));
        return story;
    }

    private static Story atRisk() {
        Story story = new Story();
        dueOrders(story, Marketplace.DE, 0, 3);
        return story;
    }

    /** Defects, returns, messages, invoices, tracking and notices, none enforced in breach. */
    private static Story healthyWithAdvisoryBreaches() {
        Story story = new Story();
        Instant purchase = AS_OF.minus(days(30));
        for (Marketplace marketplace : new Marketplace[] {Marketplace.FR, Marketplace.DE, Marketplace.UK}) {
            int base = marketplace.ordinal() * 1000;
            int unscanned = marketplace == Marketplace.FR ? 1 : marketplace == Marketplace.DE ? 1 : 0;
            int clean = marketplace == Marketplace.FR ? 19 : marketplace == Marketplace.DE ? 24 : 25;
            for (int i = 0; i < clean; i++) {
                story.cleanMfn(id(base + i), marketplace, purchase.plus(hours(i)));
            }
            for (int i = clean; i < clean + unscanned; i++) {
                story.add(Events.mfnPlaced(id(base + i), marketplace, purchase),
                        new OrderShipped(purchase.plus(hours(2)), id(base + i), "UPS", "1Z" + i));
            }
            for (int i = 100; i < 600; i++) {
                story.cleanMfn(id(base + i), marketplace, AS_OF.minus(days(59)).plus(hours(i % 200)));
            }
        }
        int fr = Marketplace.FR.ordinal() * 1000;
        story.add(new FeedbackReceived(AS_OF.minus(days(5)), id(fr + 100), "F1", 1),
                new ClaimFiled(AS_OF.minus(days(5)), id(fr + 101), "C1", "NOT_RECEIVED"),
                new ChargebackFiled(AS_OF.minus(days(5)), id(fr + 102), "CB1", ChargebackKind.SERVICE),
                new ReturnRequested(AS_OF.minus(days(5)), id(fr + 103), "R1"),
                new ReturnRequested(AS_OF.minus(days(5)), id(fr + 108), "R2"),
                new ReturnAnswered(AS_OF.minus(days(4)), "R2", ReturnDecision.REJECTED),
                new ReturnRejectionOverturned(AS_OF.minus(days(2)), "R2"),
                new ReturnFeedbackReceived(AS_OF.minus(days(1)), "R2", true),
                BuyerMessageReceived.aboutOrder(AS_OF.minus(days(5)), "M1", id(fr + 104)),
                new PolicyViolationReported(AS_OF.minus(days(5)), "V1", Marketplace.FR, PolicyCategory.LISTING_POLICY));
        story.cleanBusinessMfn(id(fr + 900), Marketplace.UK, AS_OF.minus(days(10)), AS_OF.minus(days(9)));
        story.add(new ClaimFiled(AS_OF.minus(days(20)), id(fr + 105), "C2", "NOT_AS_DESCRIBED"),
                new ClaimInfoRequested(AS_OF.minus(days(19)), "C2"),
                new ClaimFiled(AS_OF.minus(days(20)), id(fr + 106), "C3", "NOT_AS_DESCRIBED"),
                new ClaimResolved(AS_OF.minus(days(10)), "C3", ClaimOutcome.GRANTED_SELLER_FUNDED),
                Events.mfnPlaced(id(fr + 907), Marketplace.FR, AS_OF.minus(hours(3))));
        story.cleanMfn(id(fr + 901), Marketplace.FR, AS_OF.minus(days(16)));
        return story;
    }

    @Test
    void everyRuleOfTheDefaultRuleSetFires() {
        TreeSet<String> fired = new TreeSet<>();
        AccountHealthReport critical = critical().evaluate(AS_OF);
        AccountHealthReport atRisk = atRisk().evaluate(AS_OF);
        AccountHealthReport healthy = healthyWithAdvisoryBreaches().evaluate(AS_OF);
        // Inputs that carry orders and nothing else: every other metric cannot be measured.
        AccountHealthReport ordersOnly = Story.DEFAULT_EVALUATOR.evaluate(atRisk().events(), AS_OF,
                new InputCoverage(List.of(new InputCoverage.Input("orders.txt", "All Orders report",
                        EnumSet.of(InputData.ORDERS)))));
        assertEquals(HealthStatus.CRITICAL, critical.status());
        assertEquals(HealthStatus.AT_RISK, atRisk.status());
        assertEquals(HealthStatus.HEALTHY, healthy.status());
        for (AccountHealthReport report : new AccountHealthReport[] {critical, atRisk, healthy, ordersOnly}) {
            fired.addAll(report.ruleFirings().keySet());
        }
        TreeSet<String> neverFired = new TreeSet<>(Story.DEFAULT_EVALUATOR.ruleNames());
        neverFired.removeAll(fired);
        assertEquals(new TreeSet<String>(), neverFired, "rules that never fired");
    }
}
