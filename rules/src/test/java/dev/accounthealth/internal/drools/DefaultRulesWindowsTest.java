package dev.accounthealth.internal.drools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The default rules use metric windows only to count over them, so a live session over them
 * leaves a moved window out of the rules while its counts stand: a rule edited out of that shape
 * would slow every live report down without changing one.
 */
class DefaultRulesWindowsTest {
    @Test
    void theDefaultRulesUseWindowsOnlyToCountOverThem() {
        assertTrue(CompiledRules.compile(RuleSet.defaults()).windowsOnlyCounted());
    }
}
