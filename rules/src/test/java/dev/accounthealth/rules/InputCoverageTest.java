package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.days;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.InputCoverage;
import dev.accounthealth.InputData;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.event.FeedbackReceived;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the inputs cannot tell: orders with expected ship dates but no ship confirmations (the
 * Orders API v0) would all look late; told so, the evaluation says the late shipment rate cannot
 * be measured instead.
 */
class InputCoverageTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final InputCoverage V0_AND_FEEDBACK = new InputCoverage(List.of(
            new InputCoverage.Input("orders.json", "Orders API v0 getOrders response",
                    EnumSet.of(InputData.ORDERS, InputData.EXPECTED_SHIP_DATES, InputData.PROMISED_DELIVERY_DATES)),
            new InputCoverage.Input("feedback.txt", "Seller Feedback report", EnumSet.of(InputData.FEEDBACK))));

    /** 20 orders due over the last 10 days, none confirmed (v0 has no ship time), one negative feedback. */
    private static Story unconfirmed() {
        Story story = new Story();
        for (int i = 0; i < 20; i++) {
            story.add(Events.mfnDue(id(i), Marketplace.US, AS_OF.minus(hours(12 + 12L * i))));
        }
        story.add(new FeedbackReceived(AS_OF.minus(days(2)), id(3), "F-1", 1));
        return story;
    }

    private static MetricResult metric(AccountHealthReport report, String metric, Channel channel, int days) {
        return Story.metric(report, Marketplace.US, metric, channel, days);
    }

    @Test
    void withoutShipConfirmationsEveryDueOrderWouldLookLate() {
        AccountHealthReport blind = unconfirmed().evaluate(AS_OF);
        // Due 12 h to 240 h ago: the 240 h one sits on the 10-day window's open start, so 19 of 19.
        MetricResult lsr = metric(blind, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(19, lsr.numerator());
        assertEquals(19, lsr.denominator());
        assertEquals(MetricStatus.BREACH, lsr.status());
        assertEquals(HealthStatus.CRITICAL, blind.status());
    }

    @Test
    void toldItsInputsTheEvaluationSaysWhatItCannotMeasureAndWhy() {
        Story story = unconfirmed();
        AccountHealthReport report = Story.DEFAULT_EVALUATOR.evaluate(story.events(), AS_OF, V0_AND_FEEDBACK);
        for (int days : new int[] {10, 30}) {
            MetricResult lsr = metric(report, "LATE_SHIPMENT_RATE", Channel.MFN, days);
            assertEquals(MetricStatus.NO_DATA, lsr.status());
            assertEquals(0, lsr.numerator());
            assertEquals(0, lsr.denominator());
        }
        // A count metric too: no policy notices in the inputs is not "no open notice".
        assertEquals(MetricStatus.NO_DATA, metric(report, "POLICY_COMPLIANCE", Channel.ALL, 180).status());
        // The order defect rate needs claims and chargebacks; its feedback component does not.
        assertEquals(MetricStatus.NO_DATA, metric(report, "ORDER_DEFECT_RATE", Channel.MFN, 60).status());
        MetricResult feedback = metric(report, "NEGATIVE_FEEDBACK_RATE", Channel.MFN, 60);
        assertEquals(1, feedback.numerator());
        assertEquals(20, feedback.denominator());
        // 1 of 20 is 5 %: the component breaches its reading target, which weighs on no status.
        assertEquals(HealthStatus.HEALTHY, report.status());
        assertEquals(List.of("NEGATIVE_FEEDBACK_RATE"), report.breaches().stream().map(f -> f.metric()).toList());
        assertTrue(report.deadlines().stream().noneMatch(d -> d.kind().equals("SHIPMENT_CONFIRMATION")),
                report.deadlines().toString());

        MetricInputs lsr = report.inputs().metric("LATE_SHIPMENT_RATE").orElseThrow();
        assertEquals(new MetricInputs("LATE_SHIPMENT_RATE", MetricInputs.Measurability.NOT_MEASURABLE,
                List.of("orders.json"), List.of(InputData.SHIP_CONFIRMATIONS), List.of(),
                "not measurable: the inputs have no ship-confirmation times; add the Orders API searchOrders "
                        + "response with includedData=PACKAGES, or ORDER_CHANGE notifications"), lsr);
        MetricInputs nfr = report.inputs().metric("NEGATIVE_FEEDBACK_RATE").orElseThrow();
        assertEquals(MetricInputs.Measurability.PARTIAL, nfr.status());
        assertEquals(List.of("orders.json", "feedback.txt"), nfr.computedFrom());
        assertEquals(List.of(InputData.FEEDBACK_REMOVALS), nfr.partial());
        assertEquals(V0_AND_FEEDBACK.inputs(), report.inputs().sources());
    }

    @Test
    void whatTheInputsLackIsWordedInTheEvaluatorsLanguage() {
        AccountHealthEvaluator french = AccountHealthEvaluator.builder().locale(Locale.FRENCH).build();
        AccountHealthReport report = french.evaluate(unconfirmed().events(), AS_OF, V0_AND_FEEDBACK);
        assertEquals("non mesurable : il manque aux données les heures de confirmation d’expédition ; ajoutez la "
                        + "réponse searchOrders de l’API Orders avec includedData=PACKAGES, ou les notifications ORDER_CHANGE",
                report.inputs().metric("LATE_SHIPMENT_RATE").orElseThrow().reason());
        // Two things lacking are told one after the other, with French spacing.
        assertEquals("non mesurable : il manque aux données les réclamations A à Z ; les rétrofacturations ; ajoutez "
                        + "la réponse de l’API Finances (GuaranteeClaimEventList) ; la réponse de l’API Finances "
                        + "(ChargebackEventList)",
                report.inputs().metric("ORDER_DEFECT_RATE").orElseThrow().reason());
        assertEquals("mesurée, mais il manque aux données quelles évaluations Amazon a supprimées ou barrées (elles "
                        + "comptent telles quelles) ; ajoutez des événements JSON Lines FeedbackRemoved",
                report.inputs().metric("NEGATIVE_FEEDBACK_RATE").orElseThrow().reason());
    }

    @Test
    void aKeyTheInputsTableDoesNotKnowIsAnErrorNamingFileAndKey(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path table = dir.resolve("dev/accounthealth/rules/metric-inputs.properties");
        Files.writeString(table, Files.readString(table) + "missing.ORDERS = no orders\n");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());
        assertTrue(e.getMessage().contains("metric-inputs.properties: missing.ORDERS: not a key of this table"),
                e.getMessage());
    }

    @Test
    void inputsThatCarryEverythingChangeNothing() {
        Story story = unconfirmed();
        InputCoverage everything = new InputCoverage(List.of(new InputCoverage.Input("events.jsonl",
                "JSON Lines events", EnumSet.allOf(InputData.class))));
        AccountHealthReport told = Story.DEFAULT_EVALUATOR.evaluate(story.events(), AS_OF, everything);
        AccountHealthReport untold = story.evaluate(AS_OF);
        assertEquals(untold.marketplaces(), told.marketplaces());
        assertEquals(untold.deadlines(), told.deadlines());
        assertTrue(told.inputs().metrics().stream()
                .allMatch(m -> m.status() == MetricInputs.Measurability.MEASURED));
    }
}
