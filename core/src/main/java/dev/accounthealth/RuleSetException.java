package dev.accounthealth;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be used: a DRL file that does not compile, or rules that fail or
 * contradict each other when they run (two verdicts for one metric, a target that is not a
 * number). The message lists every problem as {@code file:line:column message}.
 */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** @param summary what failed; @param problems each problem found */
    public RuleSetException(String summary, List<RuleProblem> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n" + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    /** @param summary what failed; @param cause the underlying error */
    public RuleSetException(String summary, Throwable cause) {
        super(summary, cause);
        this.problems = List.of();
    }

    /** Every problem found, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
