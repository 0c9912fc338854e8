package dev.accounthealth.rules;

import static dev.accounthealth.rules.Events.at;
import static dev.accounthealth.rules.Events.hours;
import static dev.accounthealth.rules.Story.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.HealthSession;
import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.OrderShipped;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.report.MetricStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Loading, copying, editing and breaking rule sets, as a rule author does. */
class RuleSetTest {
    private static final Instant AS_OF = at("2026-11-20T00:00:00Z");
    private static final String SHIPPING = "dev/accounthealth/rules/shipping.drl";

    @Test
    void theDefaultsHoldOneFilePerFamily() {
        RuleSet defaults = RuleSet.defaults();
        assertEquals(List.of("cancellation.drl", "deadlines.drl", "forecast.drl", "inputs.drl", "invoices.drl",
                        "messaging.drl",
                        "order-defects.drl", "policy.drl", "returns.drl", "root-causes.drl", "shipping.drl", "status.drl",
                        "tracking-and-delivery.drl"),
                defaults.drlFiles().stream().map(f -> f.path().substring(f.path().lastIndexOf('/') + 1)).toList());
        assertEquals(List.of("", "fr"), List.copyOf(defaults.templates().keySet()));
        assertEquals(RuleSet.DEFAULT_LOCATION + "/metric-inputs.properties",
                defaults.metricInputs().orElseThrow().path());
        assertTrue(defaults.files().stream().allMatch(f -> f.path().startsWith(RuleSet.DEFAULT_LOCATION + "/")));
    }

    /** Two late of sixty-one orders: 3.28 %, a warning under the default 4 % target. */
    private static Story twoLateOfSixtyOne() {
        Story story = new Story();
        for (int i = 0; i < 61; i++) {
            Instant due = AS_OF.minus(hours(2 + i * 3L));
            story.add(Events.mfnDue(id(i), Marketplace.FR, due),
                    new OrderShipped(i < 2 ? due.plus(hours(1)) : due.minus(hours(1)), id(i)));
        }
        return story;
    }

    @Test
    void aThresholdChangedInACopiedDirectoryChangesTheVerdict(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        String drl = Files.readString(shipping);
        assertEquals(2, drl.split("lessThan\\(\"0.04\"\\)", -1).length - 1);
        Files.writeString(shipping, drl.replace("lessThan(\"0.04\")", "lessThan(\"0.03\")"));

        RuleSet edited = RuleSet.fromDirectory(dir);
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().rules(edited).build();
        Story story = twoLateOfSixtyOne();

        assertEquals(MetricStatus.WARNING, Story.metric(story.evaluate(AS_OF), Marketplace.FR,
                "LATE_SHIPMENT_RATE", Channel.MFN, 10).status());
        var report = evaluator.evaluate(story.events(), AS_OF);
        var lsr = Story.metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
        assertEquals(MetricStatus.BREACH, lsr.status());
        assertEquals(0, new java.math.BigDecimal("0.03").compareTo(lsr.targetValue()));
        assertTrue(report.rulesVersion().startsWith("sha256:"));
        assertNotEquals(RuleSet.defaults().version(), report.rulesVersion());
    }

    @Test
    void aWindowChangedInACopiedDirectoryChangesWhatIsCounted(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        Files.writeString(shipping, Files.readString(shipping).replace(".days(10)", ".days(5)"));
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build();
        var report = evaluator.evaluate(twoLateOfSixtyOne().events(), AS_OF);
        var lsr = Story.metric(report, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 5);
        // Orders due every 3 hours from 2 hours before asOf: 40 of them within 5 days (2 + 39 x 3 = 119 h).
        assertEquals(40, lsr.denominator());
        assertEquals(2, lsr.numerator());
        assertTrue(Story.marketplace(report, Marketplace.FR).metric("LATE_SHIPMENT_RATE", Channel.MFN, 10).isEmpty());
    }

    /**
     * A rule that reads a class through a count (here: orders whose promised delivery date has
     * passed, a class the count does not count) is judged again in a live session when only that
     * class changed: twenty orders shipped on time leave the late shipment rate at 0 of 20 with
     * no order behind it, while the time passes their promised delivery dates.
     */
    /** Twenty seller-fulfilled orders in FR, due three hours apart up to two hours before asOf, each shipped an hour early. */
    private static Story twentyOrdersShippedOnTime() {
        Story story = new Story();
        for (int i = 0; i < 20; i++) {
            Instant due = AS_OF.minus(hours(2 + i * 3L));
            story.add(Events.mfnDue(id(i), Marketplace.FR, due), new OrderShipped(due.minus(hours(1)), id(i)));
        }
        return story;
    }

    @Test
    void aConditionReadingAnotherClassThroughACountHoldsInALiveSession(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        Files.writeString(shipping, Files.readString(shipping)
                .replace("import dev.accounthealth.internal.measure.MetricDefinition\n",
                        "import dev.accounthealth.internal.measure.MetricCount\n"
                                + "import dev.accounthealth.internal.measure.MetricDefinition\n"
                                + "import dev.accounthealth.internal.measure.StatusFinding\n"
                                + "import dev.accounthealth.report.HealthStatus\n")
                + String.join("\n", "",
                "rule \"An order's promised delivery date has passed once it has passed\"",
                "    salience 80",
                "when",
                "    $o : OrderFact(latestDeliveryAt != null)",
                "then",
                "    classify.item($o).as(\"PROMISE_PASSED\").after($o.getLatestDeliveryAt());",
                "end",
                "",
                "rule \"A late shipment rate over an order past its promised delivery makes its marketplace critical\"",
                "    salience 30",
                "when",
                "    $c : MetricCount(metric == \"LATE_SHIPMENT_RATE\", moment.now, countOf(\"PROMISE_PASSED\") > 0)",
                "then",
                "    insertLogical(new StatusFinding($c.getMarketplace(), $c.getMoment(), HealthStatus.CRITICAL));",
                "end", ""));
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build();
        Story story = twentyOrdersShippedOnTime();
        // The earliest promise, 5 days after the earliest order was due (59 hours before asOf), has passed by then.
        Instant later = AS_OF.plus(hours(62));

        try (HealthSession session = evaluator.openSession()) {
            session.acceptAll(story.events());
            assertEquals(HealthStatus.HEALTHY, Story.marketplace(session.report(AS_OF), Marketplace.FR).status());
            AccountHealthReport live = session.report(later);

            AccountHealthReport evaluated = evaluator.evaluate(story.events(), later);
            var lsr = Story.metric(evaluated, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
            assertEquals(0, lsr.numerator());
            assertEquals(20, lsr.denominator());
            assertEquals(HealthStatus.CRITICAL, Story.marketplace(evaluated, Marketplace.FR).status());
            assertEquals(evaluated, live);
        }
    }

    @Test
    void aCountingRuleThatReadsWhereItsWindowEndsHearsEveryMoveOfALiveSession(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        String counting = "    $w : MetricWindow(metric == \"LATE_SHIPMENT_RATE\")\n";
        String drl = Files.readString(shipping);
        assertTrue(drl.contains(counting), drl);
        // Until 2026-11-20T01:00Z a window counts the late orders; from then on, every order due
        // counts as late: a move across that instant changes the count only through the condition.
        long cutOff = Instant.parse("2026-11-20T01:00:00Z").toEpochMilli();
        Files.writeString(shipping, drl.replace(counting,
                "    $w : MetricWindow(metric == \"LATE_SHIPMENT_RATE\", to.toEpochMilli() < " + cutOff + "L)\n")
                + String.join("\n", "",
                "rule \"From the cut-off, every order due to ship counts as late\"",
                "    salience 50",
                "when",
                "    $w : MetricWindow(metric == \"LATE_SHIPMENT_RATE\", to.toEpochMilli() >= " + cutOff + "L)",
                "    $m : SellingMarketplace($w.appliesTo(marketplace))",
                "then",
                "    insertLogical($w.count($m.getMarketplace(), \"DUE_TO_SHIP\").among(\"DUE_TO_SHIP\"));",
                "end", ""));
        AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build();
        Story story = twentyOrdersShippedOnTime();
        Instant later = AS_OF.plus(hours(2));

        try (HealthSession session = evaluator.openSession()) {
            session.acceptAll(story.events());
            assertEquals(0, Story.metric(session.report(AS_OF), Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10)
                    .numerator());
            AccountHealthReport live = session.report(later);

            AccountHealthReport evaluated = evaluator.evaluate(story.events(), later);
            var lsr = Story.metric(evaluated, Marketplace.FR, "LATE_SHIPMENT_RATE", Channel.MFN, 10);
            assertEquals(20, lsr.numerator());
            assertEquals(20, lsr.denominator());
            assertEquals(evaluated, live);
        }
    }

    @Test
    void aBrokenDrlFailsTheBuildWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), String.join("\n",
                "package dev.accounthealth.rules",
                "",
                "rule \"An unfinished rule\"",
                "when",
                "    $o : OrderFact(marketplace == )",
                "then",
                "end",
                ""));
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());
        assertTrue(!e.problems().isEmpty());
        RuleProblem first = e.problems().get(0);
        assertEquals(dir.resolve("broken.drl").toString(), first.file());
        assertEquals(5, first.line(), e.getMessage());
        assertTrue(first.column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("broken.drl") + ":5:" + first.column() + " "), e.getMessage());
    }

    @Test
    void rulesThatRunByTheClockAreRefusedEachWhereItIsWritten(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path clock = dir.resolve("dev/accounthealth/rules/clock.drl");
        Files.writeString(clock, String.join("\n",
                "package dev.accounthealth.rules",
                "",
                "import dev.accounthealth.internal.facts.OrderFact",
                "",
                "declare Reminder",
                "    @role(event)",
                "    @expires(1d)",
                "    orderId : String",
                "end",
                "",
                "rule \"Remind the seller an hour after each order\"",
                "    timer (int: 1h)",
                "when",
                "    $o : OrderFact()",
                "then",
                "end",
                "",
                "rule \"Orders of the last day\"",
                "when",
                "    Number() from accumulate(Reminder() over window:time(1d), count(1))",
                "then",
                "end",
                ""));
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());
        assertEquals(List.of(List.of(7, 5), List.of(12, 5), List.of(20, 46)),
                e.problems().stream().map(p -> List.of(p.line(), p.column())).toList(), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(clock.toString())), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("Reminder") && e.problems().get(0).message().contains("@expires"),
                e.getMessage());
        assertTrue(e.problems().get(1).message().contains("\"Remind the seller an hour after each order\"")
                && e.problems().get(1).message().contains("timer"), e.getMessage());
        assertTrue(e.problems().get(2).message().contains("\"Orders of the last day\"")
                && e.problems().get(2).message().contains("time window"), e.getMessage());
        assertTrue(e.getMessage().contains(clock + ":12:5 "), e.getMessage());
    }

    @Test
    void aTypeErrorInAnEditedCopyNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        List<String> lines = Files.readAllLines(shipping);
        int line = 0;
        while (!lines.get(line).contains("OrderFact(latestShipAt != null)")) {
            line++;
        }
        lines.set(line, lines.get(line).replace("latestShipAt != null", "latestShipDate != null"));
        line++;
        Files.write(shipping, lines);
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(shipping.toString())), e.getMessage());
        // Drools names the line where the pattern holding the bad condition opens: here the same line.
        assertEquals(line, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains(shipping + ":" + line + ":"), e.getMessage());
    }

    @Test
    void anErrorInAnActionIsPutAtItsLineAndColumnLikeAnErrorInACondition(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        String edited = Files.readString(shipping)
                // An action that starts on the line of its "then".
                .replace("then\n    insert(MetricDefinition.metric(\"LATE_SHIPMENT_RATE\").channel(Channel.MFN).days(10)",
                        "then insert(MetricDefinition.metric(\"LATE_SHIPMENT_RATE\").chanel(Channel.MFN).days(10)")
                // A misspelt variable, and a second line, indented with a tab, calling a missing method.
                .replace("    insertLogical($w.count($m.getMarketplace(), \"LATE\").among(\"DUE_TO_SHIP\"));\n",
                        "    insertLogical($w.count($mp.getMarketplace(), \"LATE\").among(\"DUE_TO_SHIP\"));\n"
                                + "\tinsert($w.nothing());\n");
        Files.writeString(shipping, edited);
        List<String> lines = List.of(edited.split("\n", -1));
        int thenLine = lines.indexOf("then insert(MetricDefinition.metric(\"LATE_SHIPMENT_RATE\").chanel(Channel.MFN).days(10)"
                + ".anchor(\"latestShipAt\")") + 1;
        int dewLine = lines.indexOf("    insertLogical($w.count($mp.getMarketplace(), \"LATE\").among(\"DUE_TO_SHIP\"));") + 1;
        assertTrue(thenLine > 0 && dewLine > 0, edited);

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());

        // Columns from 1: "then insert(MetricDefinition.metric(\"LATE_SHIPMENT_RATE\")." is 58 characters;
        // "    insertLogical($w.count(" 27; "\tinsert($w." 11.
        assertEquals(List.of(List.of(thenLine, 59), List.of(dewLine, 28), List.of(dewLine + 1, 12)),
                e.problems().stream().map(p -> List.of(p.line(), p.column())).toList(), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(shipping.toString())), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("\"Late shipment rate targets\"")
                && e.problems().get(0).message().contains("chanel"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("$mp cannot be resolved"), e.getMessage());
        assertTrue(e.problems().get(2).message().contains("nothing()"), e.getMessage());
        assertTrue(e.getMessage().contains(shipping + ":" + dewLine + ":28 "), e.getMessage());
    }

    @Test
    void aSyntaxErrorInOneFileIsReportedAloneNotWithTheErrorsItCausesElsewhere(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        List<String> lines = Files.readAllLines(shipping);
        int header = lines.indexOf("rule \"Late shipment rate targets\"");
        assertEquals("    salience 100", lines.get(header + 1));
        lines.set(header, lines.get(header) + " salience");
        Files.write(shipping, lines);
        int line = header + 2;
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(shipping.toString(), e.problems().get(0).file());
        assertEquals(line, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void anImpossibleTargetIsRefusedAtBuildTimeNamingTheRuleAndTheMetric(@TempDir Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path shipping = dir.resolve(SHIPPING);
        Files.writeString(shipping, Files.readString(shipping).replace("lessThan(\"0.04\")", "lessThan(\"four\")"));
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build());
        assertTrue(e.getMessage().contains("Late shipment rate targets"), e.getMessage());
        assertTrue(e.getMessage().contains("LATE_SHIPMENT_RATE"), e.getMessage());
        assertTrue(e.getMessage().contains("four"), e.getMessage());
    }

    @Test
    void twoVerdictsForOneMetricAreRefusedNamingTheRule(@TempDir Path dir) throws IOException {
        AccountHealthEvaluator evaluator = withEveryRateAlsoOk(dir);
        List<Executable> runs = List.of(
                () -> evaluator.evaluate(twoLateOfSixtyOne().events(), AS_OF),
                () -> evaluator.dailyHistory(twoLateOfSixtyOne().events(), AS_OF, 3));
        for (Executable run : runs) {
            RuleSetException e = assertThrows(RuleSetException.class, run);
            assertTrue(e.getMessage().contains("two verdicts"), e.getMessage());
            // The added rule is named as the one that concluded one of the two.
            assertTrue(e.getMessage().contains("(rule \"Every rate is OK\")"), e.getMessage());
        }
    }

    /** The default rules with one more that calls every rate OK, beside the verdict the defaults give. */
    private static AccountHealthEvaluator withEveryRateAlsoOk(Path dir) throws IOException {
        RuleSet.defaults().copyTo(dir);
        Path status = dir.resolve("dev/accounthealth/rules/status.drl");
        Files.writeString(status, Files.readString(status)
                + "\nrule \"Every rate is OK\"\n    salience 40\nwhen\n    $c : MetricCount(denominator > 0)\n"
                + "then\n    insertLogical(new MetricVerdict($c, MetricStatus.OK));\nend\n");
        return AccountHealthEvaluator.builder().rules(RuleSet.fromDirectory(dir)).build();
    }

    @Test
    void anEmptyOrMissingDirectoryIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> RuleSet.fromDirectory(dir));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.fromDirectory(dir.resolve("missing")));
    }

    @Test
    void theClasspathLoaderFindsTheDefaultsAndTheDigestIsStable() {
        RuleSet fromClasspath = RuleSet.fromClasspath(RuleSet.DEFAULT_LOCATION);
        assertEquals(RuleSet.defaults().files(), fromClasspath.files());
        assertEquals(fromClasspath.version(), RuleSet.fromClasspath("/" + RuleSet.DEFAULT_LOCATION + "/").version());
        assertThrows(IllegalArgumentException.class, () -> RuleSet.fromClasspath("no/such/rules"));
    }

    @Test
    void aCopyLoadsBackEqual(@TempDir Path dir) {
        RuleSet.defaults().copyTo(dir);
        List<RuleFile> copied = RuleSet.fromDirectory(dir).files();
        assertEquals(RuleSet.defaults().files(), copied);
    }
}
