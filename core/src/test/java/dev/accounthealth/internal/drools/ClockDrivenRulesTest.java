package dev.accounthealth.internal.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a rule set that would run by the clock is refused: each use, once, at the word that says it. */
class ClockDrivenRulesTest {

    private static List<RuleProblem> problems(String drl) {
        return ClockDrivenRules.in(List.of(new RuleFile("clock.drl", drl)), Map.of());
    }

    private static List<List<Integer>> places(List<RuleProblem> problems) {
        return problems.stream().map(p -> List.of(p.line(), p.column())).toList();
    }

    @Test
    void effectiveAndExpiryDatesEnableARuleByTheClock() {
        List<RuleProblem> problems = problems(String.join("\n",
                "package dev.accounthealth.test",
                "rule \"Only from next year\"",
                "    date-effective \"01-Jan-2027\"",
                "when",
                "then",
                "end",
                "rule \"Only until last year\"",
                "  date-expires \"01-Jan-2020\"",
                "when",
                "then",
                "end", ""));
        assertEquals(List.of(List.of(3, 5), List.of(8, 3)), places(problems), problems::toString);
        assertTrue(problems.get(1).message().contains("\"Only until last year\"")
                && problems.get(1).message().contains("date-expires"), problems::toString);
    }

    @Test
    void anExpiryAnnotationCountsWhateverItsCase() {
        List<RuleProblem> problems = problems(String.join("\n",
                "package dev.accounthealth.test",
                "declare Reminder",
                "    @role(event)",
                "    @Expires(1s)",
                "end", ""));
        assertEquals(List.of(List.of(4, 5)), places(problems), problems::toString);
    }

    @Test
    void aTimerForTheWholePackageIsSaidOnceAtThePackagesAttribute() {
        List<RuleProblem> problems = problems(String.join("\n",
                "package dev.accounthealth.test",
                "duration 1000",
                "rule \"One\"",
                "when",
                "then",
                "end",
                "rule \"Two\"",
                "when",
                "then",
                "end", ""));
        assertEquals(List.of(List.of(2, 1)), places(problems), problems::toString);
        assertTrue(problems.get(0).message().contains("package"), problems::toString);
    }

    @Test
    void theAttributeIsFoundWhereItIsWrittenNotInARuleNameSayingTheSameWord() {
        List<RuleProblem> problems = problems(String.join("\n",
                "package dev.accounthealth.test",
                "rule \"The timer rule\"",
                "    timer",
                "        (int: 1h)",
                "when",
                "then",
                "end",
                "rule \"A rule named for a timer, with a duration field\"",
                "when",
                "then",
                "end", ""));
        assertEquals(List.of(List.of(3, 5)), places(problems), problems::toString);
    }
}
