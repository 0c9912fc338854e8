package dev.accounthealth.rules.oracle;

import dev.accounthealth.AccountHealthEvaluator;
import dev.accounthealth.report.AccountHealthReport;

/** The evaluator under test, with the default rules, compiled once for all the property classes. */
final class Engine {
    static final AccountHealthEvaluator EVALUATOR = AccountHealthEvaluator.builder().build();

    private Engine() {
    }

    static AccountHealthReport evaluate(History history) {
        return EVALUATOR.evaluate(history.events(), history.asOf());
    }
}
