package dev.accounthealth.internal.drools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rule sets use a metric window only to count over it, so a live session may leave a moved window alone. */
class CountingOnlyWindowsTest {
    private static final String HEADER = """
            package dev.accounthealth.test
            import dev.accounthealth.internal.facts.SellingMarketplace
            import dev.accounthealth.internal.measure.MetricWindow
            """;

    private static boolean countsOnly(String rules) throws DroolsParserException {
        return CountingOnlyWindows.in(List.of(new DrlParser().parse(false, HEADER + rules)));
    }

    @Test
    void aRuleThatCountsOverItsWindowOnlyCounts() throws DroolsParserException {
        assertTrue(countsOnly("""
                rule "Late shipment rate counts the late orders among the orders due to ship"
                    salience 50
                when
                    $w : MetricWindow(metric == "LATE_SHIPMENT_RATE")
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                then
                    insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                end
                """));
    }

    @Test
    void aCountOfGoodItemsOrOneEnforcedWhenAnyOverLinesAndAJoinedKindOnlyCount() throws DroolsParserException {
        assertTrue(countsOnly("""
                rule "good"
                when
                    $w : MetricWindow(metric == "VALID_TRACKING_RATE")
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                then
                    insertLogical($w.countGood($m.getMarketplace(), "VALIDLY_TRACKED").among("SHIPPED"));
                end
                rule "enforced"
                when
                    $w : MetricWindow(metric == "POLICY_COMPLIANCE")
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                then
                    // a notice in an enforced category makes the metric enforced
                    insertLogical($w.count($m.getMarketplace(), "OPEN").among("REPORTED")
                            .enforcedWhenAny("OPEN_IN_ENFORCED_CATEGORY"));
                end
                rule "components"
                when
                    $k : DefectComponent()
                    $w : MetricWindow(metric == $k.metric)
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                then
                    insertLogical($w.count($m.getMarketplace(), $k.getKind()).among("ORDER"));
                end
                rule "no window"
                when
                    $m : SellingMarketplace()
                then
                    System.out.println($m);
                end
                """));
    }

    @Test
    void aConditionOnAWindowsInstantsOrMomentReadsWhereItStands() throws DroolsParserException {
        for (String condition : List.of("metric == \"X\", to > $m.since", "metric == \"X\", $to : to",
                "metric == \"X\", getFrom() != null", "moment.isNow()")) {
            assertFalse(countsOnly("""
                    rule "reads"
                    when
                        $m : SellingMarketplace()
                        $w : MetricWindow(%s)
                    then
                        insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                    end
                    """.formatted(condition)), condition);
        }
        assertFalse(countsOnly("""
                rule "joined"
                when
                    $w : MetricWindow(metric == "X")
                    $m : SellingMarketplace($w.appliesTo(marketplace), since < $w.to)
                then
                    insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                end
                """));
    }

    @Test
    void anActionThatDoesMoreThanCountReadsWhereTheWindowStands() throws DroolsParserException {
        for (String action : List.of(
                "insertLogical($w.count($m.getMarketplace(), \"LATE\").among(\"DUE_TO_SHIP\")); System.out.println($w);",
                "if ($w.getTo() != null) { insertLogical($w.count($m.getMarketplace(), \"LATE\").among(\"DUE_TO_SHIP\")); }",
                "insertLogical($w.count($m.getMarketplace(), $w.getMetric()).among(\"DUE_TO_SHIP\"));",
                "insert($w.count($m.getMarketplace(), \"LATE\").among(\"DUE_TO_SHIP\"));")) {
            assertFalse(countsOnly("""
                    rule "does more"
                    when
                        $w : MetricWindow(metric == "X")
                        $m : SellingMarketplace($w.appliesTo(marketplace))
                    then
                        %s
                    end
                    """.formatted(action)), action);
        }
    }

    @Test
    void aWindowUnderNotExistsOrAccumulateOrTwoWindowsInARuleAreNotPlainCounts() throws DroolsParserException {
        for (String condition : List.of("not MetricWindow(metric == \"Y\")", "exists MetricWindow(metric == \"Y\")",
                "Number() from accumulate(MetricWindow(metric == \"Y\"), count(1))", "MetricWindow(metric == \"Y\")")) {
            assertFalse(countsOnly("""
                    rule "more windows"
                    when
                        $w : MetricWindow(metric == "X")
                        $m : SellingMarketplace($w.appliesTo(marketplace))
                        %s
                    then
                        insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                    end
                    """.formatted(condition)), condition);
        }
        assertFalse(countsOnly("""
                query "windows"
                    $w : MetricWindow()
                end
                """));
    }

    @Test
    void aWindowReadInANestedConditionAnEvalASourceOrThroughAMethodIsNotAPlainCount() throws DroolsParserException {
        for (String condition : List.of("not SellingMarketplace(since > $w.to)", "eval($w.getTo().toEpochMilli() < 1L)",
                "Number() from accumulate(OrderFact($w.contains(latestShipAt)), count(1))",
                "OrderFact($w.contains(latestShipAt))", "OrderFact(latestShipAt == $w!.to)",
                "OrderFact(orderId == $w.toString())", "$x : Object(this == $w)",
                "OrderFact(orderId == windowEnd($w))")) {
            assertFalse(countsOnly("""
                    rule "reads the window elsewhere"
                    when
                        $w : MetricWindow(metric == "X")
                        $m : SellingMarketplace($w.appliesTo(marketplace))
                        %s
                    then
                        insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                    end
                    """.formatted(condition)), condition);
        }
        assertFalse(countsOnly("""
                rule "a constant that is the window's own field"
                when
                    $w : MetricWindow(metric == to)
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                then
                    insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                end
                """));
    }

    @Test
    void anActionWithNamedConsequencesAttributesOrArgumentsReachingOutIsNotAPlainCount() throws DroolsParserException {
        assertFalse(countsOnly("""
                rule "branches"
                when
                    $w : MetricWindow(metric == "X")
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                    if ($w.getTo() == null) do[more]
                then
                    insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                then[more]
                    System.out.println($w);
                end
                """));
        for (String attribute : List.of("no-loop true", "activation-group \"one\"", "agenda-group \"later\"")) {
            assertFalse(countsOnly("""
                    rule "attributed"
                        %s
                    when
                        $w : MetricWindow(metric == "X")
                        $m : SellingMarketplace($w.appliesTo(marketplace))
                    then
                        insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                    end
                    """.formatted(attribute)), attribute);
        }
        for (String argument : List.of("drools.getMatch().getObjects().get(0).toString()", "$m.getMarketplace().name()",
                "$x.getMetric()")) {
            assertFalse(countsOnly("""
                    rule "reaching out"
                    when
                        $w : MetricWindow(metric == "X")
                        $m : SellingMarketplace($w.appliesTo(marketplace))
                        $x : MetricWindow(metric == "Y")
                    then
                        insertLogical($w.count($m.getMarketplace(), %s).among("DUE_TO_SHIP"));
                    end
                    """.formatted(argument)), argument);
        }
    }

    @Test
    void aRuleOverCountsOrMomentsThatDoesMoreThanInsertLogicallyMayTakeAStandingCountAway()
            throws DroolsParserException {
        for (String rule : List.of(
                "rule \"drop\" when $c : MetricCount(metric == \"X\", denominator == 0) then delete($c); end",
                "rule \"change\" when $c : MetricCount() then modify($c) { enforcedWhenAny(\"OPEN\") } end",
                "rule \"reclassify\" when $t : Moment() $o : OrderFact() then classify.item($o).as(\"LATE\").from($o.getPurchasedAt()); end",
                "rule \"two steps\" when $v : MetricVerdict() then insertLogical(new Flag($v)); tell($v); end",
                "rule \"plain\" when exists StatusFinding() then insert(new Flag(null)); end")) {
            assertFalse(countsOnly(rule), rule);
        }
        assertTrue(countsOnly("""
                rule "A marketplace with a critical finding is critical"
                    salience 20
                when
                    $t : Moment()
                    $m : SellingMarketplace()
                    exists StatusFinding(moment == $t, marketplace == $m.marketplace, status == HealthStatus.CRITICAL)
                then
                    insertLogical(new MarketplaceStatus($m.getMarketplace(), $t, HealthStatus.CRITICAL));
                end
                rule "A table changed before any count"
                when
                    UnmeasurableMetric($metric : metric)
                    $d : MetricDefinition(metric == $metric, measured)
                then
                    modify($d) { leaveUnmeasured() }
                end
                """));
    }

    @Test
    void aCompiledRuleSetSaysWhetherItsWindowsAreOnlyCounted(@TempDir Path dir) throws IOException {
        Path counting = dir.resolve("counting");
        Files.createDirectories(counting);
        String rule = HEADER + """
                rule "counts"
                when
                    $w : MetricWindow(%s)
                    $m : SellingMarketplace($w.appliesTo(marketplace))
                then
                    insertLogical($w.count($m.getMarketplace(), "LATE").among("DUE_TO_SHIP"));
                end
                """;
        Files.writeString(counting.resolve("counts.drl"), rule.formatted("metric == \"X\""));
        assertTrue(CompiledRules.compile(RuleSet.fromDirectory(counting)).windowsOnlyCounted());
        Path reading = dir.resolve("reading");
        Files.createDirectories(reading);
        Files.writeString(reading.resolve("counts.drl"), rule.formatted("metric == \"X\", to != null"));
        assertFalse(CompiledRules.compile(RuleSet.fromDirectory(reading)).windowsOnlyCounted());
    }
}
