package dev.accounthealth.examples;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.RuleSet;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's snippet, runnable: 61 seller-fulfilled orders due over the last ten days, 16 of
 * them shipped late, evaluated with the default rules.
 */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) {
        Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
        List<SellerEvent> events = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            String orderId = String.format("406-4307814-%07d", i);
            Instant due = asOf.minus(Duration.ofHours(2 + 3L * i));
            events.add(OrderPlaced.builder()
                    .at(due.minus(Duration.ofDays(2)))
                    .orderId(orderId)
                    .marketplace(Marketplace.FR)
                    .channel(FulfillmentChannel.MFN)
                    .latestShipAt(due)
                    .latestDeliveryAt(due.plus(Duration.ofDays(5)))
                    .build());
            Duration offset = Duration.ofHours(i < 16 ? 1 : -1);
            events.add(new OrderShipped(due.plus(offset), orderId, "Colissimo", "6A" + i));
        }

        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder()
                .rules(RuleSet.defaults())
                .build();
        AccountHealthReport report = evaluator.evaluate(events, asOf);

        System.out.println("Account status: " + report.status());
        for (Finding breach : report.breaches()) {
            System.out.printf("%s %s %s %d d: %d / %d = %s (target %s) %s%n", breach.marketplace(), breach.metric(),
                    breach.channel(), breach.windowDays(), breach.numerator(), breach.denominator(),
                    breach.rate().map(r -> r.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN) + " %")
                            .orElse("-"),
                    breach.targetValue().movePointRight(2).stripTrailingZeros().toPlainString() + " %",
                    breach.status());
        }
    }
}
