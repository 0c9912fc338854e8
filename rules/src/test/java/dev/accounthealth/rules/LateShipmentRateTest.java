package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Events.mfnDue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateShipmentRateTest {
    private static final AccountHealthEvaluator EVALUATOR = AccountHealthEvaluator.builder().build();
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");

    /** 61 orders due to ship over the last 10 days, the first {@code late} of them shipped an hour late. */
    private static List<SellerEvent> dashboard(int late) {
        List<SellerEvent> events = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minus(hours(1 + i * 3L));
            String id = String.format("406-0000000-%07d", i);
            events.add(mfnDue(id, Marketplace.FR, due));
            Instant shipped = i < late ? due.plus(hours(1)) : due.minus(hours(1));
            if (shipped.isAfter(AS_OF)) {
                shipped = AS_OF;
            }
            events.add(new OrderShipped(shipped, id, "Colissimo", "6A" + i));
        }
        return events;
    }

    @Test
    void sixteenLateOfSixtyOneIsACriticalBreach() {
        AccountHealthReport report = EVALUATOR.evaluate(dashboard(16), AS_OF);
        MetricResult lsr = report.marketplace(Marketplace.FR).orElseThrow()
                .metric("LATE_SHIPMENT_RATE", Channel.MFN, 10).orElseThrow();
        assertEquals(16, lsr.numerator());
        assertEquals(61, lsr.denominator());
        assertEquals(new BigDecimal("0.26229508"), lsr.rate().orElseThrow());
        assertEquals(MetricStatus.BREACH, lsr.status());
        assertEquals(HealthStatus.CRITICAL, report.marketplace(Marketplace.FR).orElseThrow().status());
        assertEquals(HealthStatus.CRITICAL, report.status());
        System.out.println(report);
    }
}
