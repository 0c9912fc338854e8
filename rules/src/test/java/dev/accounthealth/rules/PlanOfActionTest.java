package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.HealthSession;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.event.FulfillmentChannel;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderPlaced;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.MetricStatus;
import dev.accounthealth.report.PlanOfAction;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan of action: its three parts, worded from the templates, in English and French. */
class PlanOfActionTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final AccountHealthEvaluator FRENCH = AccountHealthEvaluator.builder().locale(Locale.FRENCH).build();

    /** 16 late of 61, 12 of them placed on Friday 13 November at 15:00 in Paris. */
    private static Story sixteenLate() {
        Story story = new Story();
        for (int i = 0; i < 61; i++) {
            Instant placed = i < 12 ? at("2026-11-13T14:00:00Z") : at("2026-11-11T09:00:00Z");
            Instant due = i < 12 ? at("2026-11-15T22:00:00Z") : at("2026-11-12T22:00:00Z");
            Instant shipped = i < 16 ? due.plusSeconds(3600) : due.minusSeconds(3600);
            story.add(OrderPlaced.builder().orderId(id(i)).marketplace(Marketplace.FR).channel(FulfillmentChannel.MFN)
                            .at(placed).latestShipAt(due).latestDeliveryAt(due.plus(Events.days(4))).build(),
                    new OrderShipped(shipped, id(i), Optional.of("Colissimo"), Optional.of("T" + i), Optional.empty()));
        }
        return story;
    }

    private static PlanOfAction lateShipmentPlan(AccountHealthReport report) {
        return report.planOfAction().stream().filter(p -> p.metric().equals("LATE_SHIPMENT_RATE")).findFirst()
                .orElseThrow(() -> new AssertionError("no late shipment plan in " + report.planOfAction()));
    }

    @Test
    void aBreachGetsAPlanInTheShapeAmazonAsksFor() {
        AccountHealthReport report = sixteenLate().evaluate(AS_OF);
        assertEquals("en", report.language());
        PlanOfAction plan = lateShipmentPlan(report);
        assertEquals(Marketplace.FR, plan.marketplace());
        assertEquals(Channel.MFN, plan.channel());
        assertEquals(MetricStatus.BREACH, plan.status());
        assertEquals(List.of(10, 30), plan.windowDays());
        assertEquals("Late shipment rate", plan.title());
        assertEquals("Late shipment rate in FR: 26.23\u00a0% over the last 10 days (16 of 61), target under 4\u00a0%.",
                plan.summary().get(0));
        assertEquals("Number of clean orders needed to get back under target: 340.", plan.recovery().get(0));
        assertEquals(List.of("12 of the 16 late orders were placed on Friday after 14:00, against 12 of all 61."),
                plan.rootCauses());
        assertEquals(3, plan.correctiveActions().size());
        assertEquals(3, plan.preventiveMeasures().size());
        assertTrue(plan.correctiveActions().stream().anyMatch(s -> s.contains("handling time")));
        assertTrue(plan.preventiveMeasures().stream().anyMatch(s -> s.contains("Buy Shipping")));
    }

    @Test
    void theSamePlanInFrench() {
        AccountHealthReport report = FRENCH.evaluate(sixteenLate().events(), AS_OF);
        assertEquals("fr", report.language());
        PlanOfAction plan = lateShipmentPlan(report);
        assertEquals("Taux d’expéditions en retard", plan.title());
        assertEquals("Taux d’expéditions en retard sur FR : 26,23\u00a0% sur les 10 derniers jours (16 sur 61),"
                + " objectif sous 4\u00a0%.", plan.summary().get(0));
        assertEquals(List.of("12 des 16 commandes en retard : commande passée le vendredi après 14:00,"
                + " contre 12 sur l’ensemble des 61."), plan.rootCauses());
        assertTrue(plan.preventiveMeasures().stream().anyMatch(s -> s.contains("Achat d’expédition")));
    }

    @Test
    void aWarningGetsALighterPlanAndInformationOnlyComponentsNone() {
        Story story = new Story();
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minusSeconds(7200 + i * 10800L);
            story.add(Events.mfnDue(id(i), Marketplace.FR, due),
                    new OrderShipped(i < 2 ? due.plusSeconds(3600) : due.minusSeconds(3600), id(i)));
        }
        PlanOfAction plan = lateShipmentPlan(story.evaluate(AS_OF));
        assertEquals(MetricStatus.WARNING, plan.status());
        assertEquals(1, plan.correctiveActions().size());
        assertEquals(1, plan.preventiveMeasures().size());
        assertTrue(plan.recovery().contains("Margin before a breach: 1."), plan.recovery().toString());
        assertTrue(plan.rootCauses().get(0).startsWith("No carrier, product, warehouse or time of day stands out"),
                plan.rootCauses().toString());

        Story defects = new Story();
        for (int i = 0; i < 50; i++) {
            defects.cleanMfn(id(i), Marketplace.DE, AS_OF.minus(Events.days(20)));
        }
        defects.add(new dev.accounthealth.event.FeedbackReceived(AS_OF.minus(Events.days(3)), id(1), "F", 1));
        AccountHealthReport report = defects.evaluate(AS_OF);
        assertEquals(List.of("ORDER_DEFECT_RATE"), report.planOfAction().stream().map(PlanOfAction::metric).toList());
    }

    @Test
    void bothLanguagesHaveTheSameTemplatesAndEveryOneFormats() throws IOException {
        Properties english = properties("");
        Properties french = properties("fr");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
        for (Properties texts : List.of(english, french)) {
            for (String key : texts.stringPropertyNames()) {
                Object[] arguments = {"a", "b", "c", "d", "e", "f", "g"};
                String filled = new java.text.MessageFormat(texts.getProperty(key)).format(arguments);
                assertFalse(filled.contains("{") || filled.contains("}"), key + ": " + filled);
            }
        }
    }

    private static Properties properties(String language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(RuleSet.defaults().templates().get(language).content()));
        return properties;
    }

    @Test
    void everyTemplateOfEveryMetricRendersInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().locale(locale).build();
            AccountHealthReport report = evaluator.evaluate(sixteenLate().events(), AS_OF);
            String markdown = evaluator.toMarkdown(report);
            assertFalse(markdown.contains("{"), markdown);
            assertTrue(markdown.contains(locale == Locale.FRENCH ? "## Plan d’action" : "## Plan of action"), markdown);
        }
    }

    @Test
    void aMissingTemplateFailsTheBuildNamingTheFileAndKey(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path french = dir.resolve("dev/accounthealth/rules/plan-of-action_fr.properties");
        Files.writeString(french, Files.readString(french).replaceAll("(?m)^metric\\.LATE_SHIPMENT_RATE\\.items=.*\\n", ""));
        RuleSetException e = assertThrows(RuleSetException.class, () -> AccountHealthEvaluator.builder()
                .rules(RuleSet.fromDirectory(dir)).locale(Locale.FRENCH).build());
        assertEquals(french.toString(), e.problems().get(0).file());
        assertTrue(e.getMessage().contains("no template 'metric.LATE_SHIPMENT_RATE.items'"), e.getMessage());
        // English is complete: an English evaluator of the same rules builds.
        AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build();
    }

    @Test
    void withoutPlansTheReportHasNoPlanAndNoRootCauseAndTheSameRest() {
        Story story = sixteenLate();
        AccountHealthReport full = story.evaluate(AS_OF);
        AccountHealthReport bare = AccountHealthEvaluator.builder().plansOfAction(false).build()
                .evaluate(story.events(), AS_OF);
        assertFalse(full.planOfAction().isEmpty());
        assertFalse(Story.metric(full, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10).rootCauses().isEmpty());
        List<MarketplaceHealth> marketplaces = full.marketplaces().stream()
                .map(m -> new MarketplaceHealth(m.marketplace(), m.status(),
                        m.metrics().stream().map(PlanOfActionTest::withoutRootCauses).toList(), m.statusRules()))
                .toList();
        assertEquals(new AccountHealthReport(full.schemaVersion(), full.asOf(), full.rulesVersion(), full.status(),
                marketplaces, full.breaches(), full.warnings(), full.orphans(), full.conflicts(), full.ruleFirings(),
                full.outlook(), full.deadlineRisk(), full.earlyWarnings(), full.deadlines(), List.of(),
                full.language(), full.inputs()), bare);
    }

    @Test
    void aLiveSessionWithoutPlansReportsWhatAnEvaluationDoes() {
        AccountHealthEvaluator bare = AccountHealthEvaluator.builder().plansOfAction(false).build();
        Story story = sixteenLate();
        try (HealthSession session = bare.openSession()) {
            List<SellerEvent> events = story.events();
            session.acceptAll(events.subList(0, events.size() / 2));
            session.report(AS_OF);
            session.acceptAll(events.subList(events.size() / 2, events.size()));
            AccountHealthReport live = session.report(AS_OF);
            assertEquals(List.of(), live.planOfAction());
            assertEquals(bare.evaluate(events, AS_OF), live);
        }
    }

    @Test
    void aReportWithoutPlansStillSaysItsLanguage() {
        AccountHealthReport bare = AccountHealthEvaluator.builder().plansOfAction(false).locale(Locale.FRENCH).build()
                .evaluate(sixteenLate().events(), AS_OF);
        assertEquals("fr", bare.language());
    }

    @Test
    void choosingPlansTwiceIsAnErrorThatNamesTheOption() {
        AccountHealthEvaluator.Builder builder = AccountHealthEvaluator.builder().plansOfAction(false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.plansOfAction(true));
        assertEquals("plansOfAction was already set to false", e.getMessage());
    }

    private static MetricResult withoutRootCauses(MetricResult r) {
        return new MetricResult(r.metric(), r.channel(), r.window(), r.numerator(), r.denominator(), r.rate(),
                r.targetCondition(), r.targetValue(), r.status(), r.enforcement(), r.orderIds(), r.itemIds(), r.rule(),
                r.firedRules(), r.recovery(), List.of());
    }
}
