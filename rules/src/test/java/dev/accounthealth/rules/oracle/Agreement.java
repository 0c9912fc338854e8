package dev.accounthealth.rules.oracle;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.rules.oracle.SpecOracle.Count;
import dev.accounthealth.rules.oracle.SpecOracle.Key;
import dev.accounthealth.rules.oracle.SpecOracle.MarketplaceVerdict;
import dev.accounthealth.rules.oracle.SpecOracle.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Lists every difference between the oracle's verdict and the engine's report. */
final class Agreement {
    /** Metrics whose ids are order ids; the others count returns, messages or notices (item ids). */
    private static final Set<String> ITEM_METRICS = Set.of("RETURN_DISSATISFACTION_RATE", "LATE_RESPONSE_RATE",
            "POLICY_COMPLIANCE");

    private Agreement() {
    }

    static List<String> differences(Verdict expected, AccountHealthReport actual) {
        List<String> diffs = new ArrayList<>();
        if (expected.status() != actual.status()) {
            diffs.add("account status: oracle " + expected.status() + ", engine " + actual.status());
        }
        Set<Marketplace> engineMarketplaces = new TreeSet<>();
        actual.marketplaces().forEach(m -> engineMarketplaces.add(m.marketplace()));
        if (!engineMarketplaces.equals(expected.marketplaces().keySet())) {
            diffs.add("marketplaces: oracle " + expected.marketplaces().keySet() + ", engine " + engineMarketplaces);
        }
        for (MarketplaceVerdict mv : expected.marketplaces().values()) {
            actual.marketplace(mv.marketplace()).ifPresent(mh -> marketplace(mv, mh, actual, diffs));
        }
        return diffs;
    }

    private static void marketplace(MarketplaceVerdict mv, MarketplaceHealth mh, AccountHealthReport report,
                                    List<String> diffs) {
        String where = mv.marketplace() + " ";
        if (mv.status() != mh.status()) {
            diffs.add(where + "status: oracle " + mv.status() + ", engine " + mh.status());
        }
        Map<Key, MetricResult> engine = new TreeMap<>();
        for (MetricResult m : mh.metrics()) {
            if (engine.put(new Key(m.metric(), m.channel(), m.window().days()), m) != null) {
                diffs.add(where + "metric reported twice: " + m.metric() + "/" + m.channel() + "/" + m.window().days());
            }
        }
        if (!engine.keySet().equals(mv.metrics().keySet())) {
            diffs.add(where + "metrics: oracle " + mv.metrics().keySet() + ", engine " + engine.keySet());
        }
        for (Count c : mv.metrics().values()) {
            MetricResult m = engine.get(c.key());
            if (m == null) {
                continue;
            }
            String what = where + c.key() + " ";
            check(diffs, what + "numerator", c.numerator(), m.numerator());
            check(diffs, what + "denominator", c.denominator(), m.denominator());
            check(diffs, what + "status", c.status(), m.status());
            check(diffs, what + "enforcement", c.enforcement(), m.enforcement());
            check(diffs, what + "condition", c.condition(), m.targetCondition());
            check(diffs, what + "target", 0, c.target().compareTo(m.targetValue()));
            check(diffs, what + "lag", c.lagDays(), m.window().lagDays());
            check(diffs, what + "window end", report.asOf().minus(Duration.ofDays(c.lagDays())), m.window().to());
            check(diffs, what + "window start",
                    report.asOf().minus(Duration.ofDays(c.lagDays() + (long) c.key().days())), m.window().from());
            if (ITEM_METRICS.contains(c.key().metric())) {
                check(diffs, what + "itemIds", List.copyOf(c.ids()), m.itemIds());
            } else {
                check(diffs, what + "orderIds", List.copyOf(c.ids()), m.orderIds());
            }
        }
    }

    private static void check(List<String> diffs, String what, Object oracle, Object engine) {
        if (!oracle.equals(engine)) {
            diffs.add(what + ": oracle " + oracle + ", engine " + engine);
        }
    }
}
