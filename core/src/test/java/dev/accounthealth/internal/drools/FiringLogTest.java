package dev.accounthealth.internal.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accounthealth.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/** The firing log of a session kept between reports: what it counts, and what it holds on to. */
class FiringLogTest {
    private static final String PAIRS = """
            package dev.accounthealth.test
            rule "A word meets a number"
            when
                $w : String()
                $n : Integer()
            then
            end
            """;

    private KieSession session;
    private FiringLog log;

    /** A session of a compiled rule set, as every run opens one: without thread safety, over an immutable rule base. */
    @BeforeEach
    void open(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("pairs.drl"), PAIRS);
        session = CompiledRules.compile(RuleSet.fromDirectory(rules)).newSession();
        log = new FiringLog(FiringLog.Watch.NET_FIRINGS);
        log.listenTo(session);
    }

    @AfterEach
    void close() {
        session.dispose();
    }

    @Test
    void aFactThatStaysDoesNotPileUpTheFiringsOfPartnersThatLeft() {
        session.insert("stays");
        for (int report = 0; report < 1000; report++) {
            FactHandle number = session.insert(report);
            session.fireAllRules();
            session.delete(number);
            session.fireAllRules();
        }
        FactHandle last = session.insert(1000);
        session.fireAllRules();

        assertEquals(Map.of("A word meets a number", 1), log.firings(), "only the match that stands counts");
        // The fact that stays lists at most the cells of a few reports between clean-ups, and its
        // last partner its one firing: not a thousand.
        assertTrue(log.firingsHeld() <= 2 * 8 + 1, () -> "held " + log.firingsHeld());
        session.delete(last);
        session.fireAllRules();
        assertEquals(Map.of(), log.firings());
    }

    @Test
    void aFactWithManyStandingFiringsStillCountsOnlyThoseThatStand() {
        session.insert("stays");
        for (int standing = 0; standing < 300; standing++) {
            session.insert(standing);
        }
        session.fireAllRules();
        for (int report = 0; report < 1000; report++) {
            FactHandle number = session.insert(1000 + report);
            session.fireAllRules();
            session.delete(number);
            session.fireAllRules();
        }

        assertEquals(Map.of("A word meets a number", 300), log.firings());
        // Cleared once the list has doubled: the 300 that stand, the 300 partners' own, and at most
        // as many again taken back since the last clearing.
        assertTrue(log.firingsHeld() <= 300 + 2 * 300, () -> "held " + log.firingsHeld());
    }
}
