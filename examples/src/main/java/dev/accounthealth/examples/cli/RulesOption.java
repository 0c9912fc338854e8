package dev.accounthealth.examples.cli;

import dev.accounthealth.RuleSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by the commands that evaluate: the rules to use, checked before they compile. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "A directory of DRL files to use instead of the default rules. DRL is code that runs "
                    + "with your rights: the directory and every file in it must be yours and not writable by others.")
    private Path rules;

    /** Refuses a directory someone else could have written to; the rules compile later, which takes seconds. */
    void check() {
        if (rules != null) {
            RulesDirectory.check(rules);
        }
    }

    /** The rule set to build the evaluator with. */
    RuleSet ruleSet() {
        return rules == null ? RuleSet.defaults() : RuleSet.fromDirectory(rules);
    }
}
