package dev.accounthealth.state.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.RuleSet;
import dev.accounthealth.internal.drools.CompiledRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention of a rule set adds up every duration its rules declare. */
class RetentionTest {
    /**
     * A 30-day window, a trend looked at over 7 days, and two policies no rule matches: 37 days,
     * plus 48 hours, plus 24 hours.
     */
    private static final String RULES = """
            package dev.accounthealth.test

            import dev.accounthealth.internal.measure.MetricDefinition
            import dev.accounthealth.internal.measure.TrendWatch
            import dev.accounthealth.report.Channel
            import dev.accounthealth.report.Enforcement
            import java.time.Duration

            declare AnswerPolicy
                within : Duration
            end

            declare UploadPolicy
                within : Duration
            end

            rule "Late shipment rate targets"
            when
            then
                insert(MetricDefinition.metric("LATE_SHIPMENT_RATE").channel(Channel.MFN).days(30)
                        .anchor("latestShipAt").lessThan("0.04").enforcement(Enforcement.ENFORCED).build());
                insert(new TrendWatch("LATE_SHIPMENT_RATE", 7, "0.002"));
            end

            rule "Answers are due within 48 hours, uploads within 24"
            when
            then
                insert(new AnswerPolicy(Duration.ofHours(48)));
                insert(new UploadPolicy(Duration.ofHours(24)));
            end
            """;

    @Test
    void countsTheDurationsOfFactsNoRuleMatches(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("policies.drl"), RULES);
        CompiledRules rules = CompiledRules.compile(RuleSet.fromDirectory(directory));
        assertEquals(Duration.ofDays(37).plusHours(72), Retention.of(rules));
    }
}
