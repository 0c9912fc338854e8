package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A counterexample the oracle properties found, kept as a regression test once the engine was fixed. */
class AmazonFulfilledShipmentTest {

    /**
     * An AFN order carries no latestShipAt / latestDeliveryAt (both optional for AFN in events.md),
     * and an OrderShipped event for it is valid input. Late shipment is an MFN-only metric, so the
     * order should simply not count there; the evaluation used to throw a
     * ConstraintEvaluationException (NullPointerException) in the late-shipment rule (and, when the
     * order is also scanned and delivered, in the on-time delivery rule). events.md: an unusual event
     * "never crashes an evaluation". The generator now produces this shape in every property.
     */
    @Test
    void anAfnOrderShippedWithoutPromisedDatesDoesNotCrashTheEvaluation() {
        Instant asOf = Instant.parse("2026-01-01T00:00:00Z");
        List<SellerEvent> events = List.of(
                OrderPlaced.builder().at(Instant.parse("2025-12-31T23:00:00Z")).orderId("A").marketplace(Marketplace.FR)
                        .channel(FulfillmentChannel.AFN).build(),
                new OrderShipped(Instant.parse("2025-12-31T23:59:00Z"), "A", "DHL", "T1"));
        AccountHealthReport report = Engine.EVALUATOR.evaluate(events, asOf);
        List<String> diffs = Agreement.differences(SpecOracle.evaluate(events, asOf), report);
        assertTrue(diffs.isEmpty(), () -> String.join("\n", diffs));
    }
}
