package dev.accounthealth.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A percentage is written as the language's number format writes it, at most two decimals, no trailing zero. */
class PercentFormatProperties {

    @Property(tries = 3000)
    void writesAsTheNumberFormatOfTheLanguage(@ForAll("fractions") BigDecimal fraction, @ForAll("locales") Locale locale) {
        BigDecimal percent = fraction.movePointRight(2);
        int decimals = Math.min(2, Math.max(0, percent.stripTrailingZeros().scale()));
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String expected = format.format(percent.setScale(decimals, RoundingMode.HALF_EVEN)) + "\u00a0%";
        assertEquals(expected, new PercentFormat(locale).format(fraction), () -> fraction + " in " + locale);
    }

    @Example
    void writesTheExamplesOfTheTemplates() {
        assertEquals("26,23\u00a0%", new PercentFormat(Locale.FRENCH).format(new BigDecimal("0.2622580")));
        assertEquals("4\u00a0%", new PercentFormat(Locale.ENGLISH).format(new BigDecimal("0.04")));
        assertEquals("0.5\u00a0%", new PercentFormat(Locale.ENGLISH).format(new BigDecimal("0.005")));
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(6),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3),
                Arbitraries.longs().between(0, 400).flatMap(n -> Arbitraries.longs().between(1, 400)
                        .map(d -> new BigDecimal(n).divide(new BigDecimal(d), 12, RoundingMode.HALF_EVEN))),
                Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("40")).ofScale(4));
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("de-CH"),
                Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva")));
    }
}
