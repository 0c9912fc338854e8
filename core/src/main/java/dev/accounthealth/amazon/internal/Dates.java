package dev.accounthealth.amazon.internal;

import dev.accounthealth.json.internal.BadField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date and time forms Amazon's reports and responses write, each read exactly. */
public final class Dates {
    /** {@code 14-Jul-2025}, English month abbreviations in any case. */
    public static final DateTimeFormatter DAY_MONTH_NAME_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    /** {@code 5/13/26} or {@code 5/13/2026}: month first, as US Seller Central writes it. */
    public static final DateTimeFormatter MONTH_DAY_YEAR = new DateTimeFormatterBuilder()
            .appendPattern("M/d/").optionalStart().appendPattern("uuuu").optionalEnd()
            .optionalStart().appendValueReduced(ChronoField.YEAR, 2, 2, 2000).optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** {@code 2026/05/13}. */
    public static final DateTimeFormatter YEAR_MONTH_DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    /** The Spanish help page's {@code 14-07-2010T18:53:56+00:00}, day first. */
    private static final DateTimeFormatter DAY_FIRST_OFFSET = DateTimeFormatter
            .ofPattern("dd-MM-uuuu'T'HH:mm:ssXXX", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Spaces inside an offset, as the help pages print it: {@code + 00 :00}. */
    private static final Pattern SPACED_OFFSET = Pattern.compile("([+-])\\s*(\\d\\d)\\s*:?\\s*(\\d\\d)\\s*$");

    private Dates() {
    }

    /**
     * An ISO-8601 date-time with {@code Z} or an offset ({@code 2024-11-23T06:43:27+00:00},
     * {@code 2026-05-04T16:45:00.000Z}); the help pages' typos (spaces in the offset, the day
     * first) are read too. A date-time without zone is refused: its instant is unknown.
     *
     * @throws BadField naming {@code field} when the text is no such instant
     */
    public static Instant instant(String text, String field) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException first) {
            Matcher spaced = SPACED_OFFSET.matcher(text);
            String repaired = spaced.find()
                    ? text.substring(0, spaced.start()).strip() + spaced.group(1) + spaced.group(2) + ":" + spaced.group(3)
                    : text;
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DAY_FIRST_OFFSET)) {
                try {
                    return OffsetDateTime.parse(repaired, format).toInstant();
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
            throw new BadField(field, "expected a date-time with its offset such as 2026-05-04T14:02:11+00:00, was '"
                    + text + "'");
        }
    }

    /**
     * A calendar date in one of the forms given, as the first instant of that day in the
     * marketplace's zone: Amazon writes these dates without a time of day.
     *
     * @param example the forms in words, for the message, e.g. {@code 14-Jul-2025}
     * @throws BadField naming {@code field} when the text fits none of the forms
     */
    public static Instant startOfDay(String text, String field, ZoneId zone, String example,
                                     DateTimeFormatter... forms) {
        for (DateTimeFormatter form : forms) {
            try {
                return LocalDate.parse(text, form).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        throw new BadField(field, "expected a date such as " + example + ", was '" + text + "'");
    }
}
