package dev.accounthealth.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A template fills as {@link MessageFormat} fills the same pattern, whatever the pattern. */
class TemplateProperties {
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
            Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"));

    @Property(tries = 3000)
    void fillsAsMessageFormatDoes(@ForAll("patterns") String pattern, @ForAll("arguments") List<Object> arguments,
            @ForAll("locales") Locale locale) {
        Object[] values = arguments.toArray();
        String expected;
        try {
            expected = new MessageFormat(pattern, locale).format(values);
        } catch (IllegalArgumentException e) {
            assertThrows(IllegalArgumentException.class, () -> template(pattern, locale).fill(values));
            return;
        }
        assertEquals(expected, template(pattern, locale).fill(values), () -> pattern + " with " + arguments);
    }

    @Example
    void writesGroupedAndDecimalNumbersInTheLanguage() {
        Template template = template("{0} sur {1} ({2})", Locale.FRENCH);
        assertEquals(new MessageFormat("{0} sur {1} ({2})", Locale.FRENCH).format(new Object[] {999, 1234567L,
                new BigDecimal("0.12345")}), template.fill(999, 1234567L, new BigDecimal("0.12345")));
    }

    private static Template template(String pattern, Locale locale) {
        return new Template(pattern, locale, ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale)));
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab ,.%’'{}").ofMaxLength(6);
        Arbitrary<String> placeholder = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 5).map(i -> "{" + i + "}"),
                Arbitraries.of("{0,number,#.#}", "{1,number,integer}", "{2,choice,0#none|1#one|1<many}", "''",
                        "'{0}'", "{ 1 }"));
        return Combinators.combine(text, placeholder).as((t, p) -> t + p).list().ofMaxSize(5)
                .map(parts -> String.join("", parts))
                .filter(TemplateProperties::isValid);
    }

    @Provide
    Arbitrary<List<Object>> arguments() {
        Arbitrary<Object> argument = Arbitraries.oneOf(
                Arbitraries.integers().between(-2000, 1_000_000).map(Object.class::cast),
                Arbitraries.longs().between(-5, 99_999).map(Object.class::cast),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(100_000))
                        .ofScale(4).map(Object.class::cast),
                Arbitraries.strings().alpha().ofMaxLength(5).map(Object.class::cast),
                Arbitraries.just(new Date(0)).map(Object.class::cast),
                Arbitraries.just((short) 7).map(Object.class::cast));
        return argument.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(LOCALES);
    }

    private static boolean isValid(String pattern) {
        try {
            new MessageFormat(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
