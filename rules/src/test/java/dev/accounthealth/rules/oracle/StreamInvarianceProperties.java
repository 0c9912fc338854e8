package dev.accounthealth.rules.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.report.AccountHealthReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * events.md: "Events may arrive in any order and more than once; the report must not depend on
 * either", and events after asOf are ignored. The whole report is compared with equals, on
 * histories that may hold contradicting events at the same instant: whichever of a tie the engine
 * keeps, it must keep it whatever the order.
 */
class StreamInvarianceProperties {

    /** Histories that may also hold contradicting events at the same instant, which the spec leaves open. */
    @Provide
    Arbitrary<History> histories() {
        return Histories.histories(new Histories.Options(80, true));
    }

    @Property(tries = 50)
    void theReportDoesNotDependOnTheOrderOfEvents(@ForAll("histories") History history, @ForAll long seed) {
        List<SellerEvent> shuffled = new ArrayList<>(history.events());
        Collections.shuffle(shuffled, new Random(seed));
        AccountHealthReport original = Engine.evaluate(history);
        assertEquals(original, Engine.evaluate(history.withEvents(shuffled)));
    }

    @Property(tries = 50)
    void theReportDoesNotDependOnDuplicatedEvents(@ForAll("histories") History history, @ForAll long seed) {
        Random random = new Random(seed);
        List<SellerEvent> repeated = new ArrayList<>(history.events());
        for (SellerEvent e : history.events()) {
            for (int copies = random.nextInt(4) - 1; copies > 0; copies--) {
                repeated.add(random.nextInt(repeated.size() + 1), e);
            }
        }
        AccountHealthReport original = Engine.evaluate(history);
        assertEquals(original, Engine.evaluate(history.withEvents(repeated)));
    }

    @Property(tries = 40)
    void eventsAfterAsOfAreIgnored(@ForAll("histories") History history) {
        List<SellerEvent> known = history.events().stream().filter(e -> !e.at().isAfter(history.asOf())).toList();
        assertEquals(Engine.evaluate(history.withEvents(known)), Engine.evaluate(history));
    }
}
