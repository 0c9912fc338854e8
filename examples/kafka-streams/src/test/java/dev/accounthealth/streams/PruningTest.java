package dev.accounthealth.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.examples.generator.MarketplaceProfile;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.state.SellerState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two years of one seller, streamed into a state pruned every week: the state stays bounded, and
 * every report from it says what the whole history says.
 */
class PruningTest {
    private static final Instant END = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void theRetentionCoversEveryWindowTheRulesDeclare() {
        // metrics.md: the longest window is policy compliance's 180 days; early warnings look 7 days back.
        assertTrue(Pipeline.EVALUATOR.retention().compareTo(Duration.ofDays(187)) >= 0,
                Pipeline.EVALUATOR.retention().toString());
    }

    @Test
    void twoYearsOfHistoryStayUnderTheBoundAndReportAsTheWholeHistoryDoes() {
        List<SellerEvent> history = new ArrayList<>(SellerHistoryGenerator.builder().seed(730).until(END).days(730)
                .marketplace(MarketplaceProfile.healthy(Marketplace.FR, 6))
                .marketplace(MarketplaceProfile.atRisk(Marketplace.DE, 2)).build().events());
        history.sort(Comparator.comparing(SellerEvent::at));
        Duration retention = Pipeline.EVALUATOR.retention();
        Instant start = history.get(0).at();
        SellerState state = SellerState.empty();
        Instant nextPrune = start.plus(Duration.ofDays(7));
        Instant nextCheck = start.plus(Duration.ofDays(400));
        int sizeAfterOneYear = 0;
        int checks = 0;
        for (int i = 0; i < history.size(); i++) {
            SellerEvent event = history.get(i);
            while (!event.at().isBefore(nextPrune)) {
                state.prune(nextPrune, retention);
                if (sizeAfterOneYear == 0 && nextPrune.isAfter(start.plus(Duration.ofDays(365)))) {
                    sizeAfterOneYear = state.size();
                }
                if (!nextPrune.isBefore(nextCheck)) {
                    assertSameStanding(history.subList(0, i), state, nextPrune);
                    nextCheck = nextCheck.plus(Duration.ofDays(80));
                    checks++;
                }
                nextPrune = nextPrune.plus(Duration.ofDays(7));
            }
            state.add(event);
        }
        state.prune(END, retention);
        assertSameStanding(history, state, END);
        assertTrue(checks >= 3, "checked " + checks + " times");

        Set<SellerEvent> distinct = new HashSet<>(history);
        Instant cutoff = END.minus(retention);
        long recent = distinct.stream().filter(e -> !e.at().isBefore(cutoff.minus(Duration.ofDays(60)))).count();
        assertTrue(state.size() <= recent, state.size() + " kept, " + recent + " events since 60 days before the cutoff");
        assertTrue(state.size() < distinct.size() / 2, state.size() + " kept of " + distinct.size());
        assertTrue(state.size() <= sizeAfterOneYear * 6 / 5, state.size() + " kept, " + sizeAfterOneYear + " after a year");
    }

    /** The standing the pruned state reports is the whole history's; only the dropped events' own listings go. */
    private static void assertSameStanding(List<SellerEvent> whole, SellerState pruned, Instant asOf) {
        AccountHealthReport expected = Pipeline.EVALUATOR.evaluate(whole, asOf);
        AccountHealthReport actual = Pipeline.EVALUATOR.evaluate(pruned.events(), asOf);
        String at = " as of " + asOf;
        assertEquals(expected.status(), actual.status(), "status" + at);
        assertEquals(expected.marketplaces(), actual.marketplaces(), "marketplaces and their figures" + at);
        assertEquals(expected.breaches(), actual.breaches(), "breaches" + at);
        assertEquals(expected.warnings(), actual.warnings(), "warnings" + at);
        assertEquals(expected.deadlines(), actual.deadlines(), "deadlines" + at);
        assertEquals(expected.deadlineRisk(), actual.deadlineRisk(), "deadline risk" + at);
        assertEquals(expected.outlook(), actual.outlook(), "outlook" + at);
        assertEquals(expected.earlyWarnings(), actual.earlyWarnings(), "early warnings" + at);
        assertEquals(expected.planOfAction(), actual.planOfAction(), "plan of action" + at);
    }
}
