package dev.accounthealth.internal.measure;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Calendar arithmetic for deadlines read in a marketplace's time zone; the rules give every parameter. */
public final class BusinessCalendar {
    private BusinessCalendar() {
    }

    /**
     * The instant, at {@code timeOfDay} local time, of the first business day after the local date
     * of {@code from}.
     */
    public static Instant nextBusinessDayAt(Instant from, ZoneId zone, Set<DayOfWeek> businessDays,
                                            LocalTime timeOfDay) {
        if (businessDays.isEmpty()) {
            throw new IllegalArgumentException("no business days given");
        }
        LocalDate day = from.atZone(zone).toLocalDate().plusDays(1);
        while (!businessDays.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.atTime(timeOfDay).atZone(zone).toInstant();
    }
}
