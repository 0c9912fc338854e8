package dev.accounthealth.internal.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private static Instant due(String shipped) {
        return BusinessCalendar.nextBusinessDayAt(Instant.parse(shipped), PARIS, WEEKDAYS, END_OF_DAY);
    }

    @Test
    void aFridayOrWeekendShipmentIsDueOnMonday() {
        // Friday 6 November 2026 18:00 Paris; Saturday; Sunday 23:30 Paris.
        assertEquals(Instant.parse("2026-11-09T22:59:59Z"), due("2026-11-06T17:00:00Z"));
        assertEquals(Instant.parse("2026-11-09T22:59:59Z"), due("2026-11-07T10:00:00Z"));
        assertEquals(Instant.parse("2026-11-09T22:59:59Z"), due("2026-11-08T22:30:00Z"));
    }

    @Test
    void theLocalDateDecidesNotTheUtcOne() {
        // 23:30Z on Thursday 5 November is already Friday 00:30 in Paris: due the next Monday.
        assertEquals(Instant.parse("2026-11-09T22:59:59Z"), due("2026-11-05T23:30:00Z"));
        assertEquals(Instant.parse("2026-11-06T22:59:59Z"), due("2026-11-05T22:30:00Z"));
    }

    @Test
    void theDeadlineFollowsSummerTime() {
        // Friday 27 March 2026 in Paris: the deadline, Monday 30 March, is in summer time (UTC+2).
        assertEquals(Instant.parse("2026-03-30T21:59:59Z"), due("2026-03-27T12:00:00Z"));
    }

    @Test
    void noBusinessDayIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.nextBusinessDayAt(Instant.EPOCH, PARIS,
                Set.of(), END_OF_DAY));
    }
}
