package dev.accounthealth.internal.plan;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * One plan-of-action template, filled as {@link MessageFormat} fills it. A template made only of
 * text and plain placeholders ({@code {0}}, {@code {1}}…), as every default template is, is cut
 * once into its pieces and filled by appending them: a report writes hundreds of sentences, and
 * in a live session's report a MessageFormat copy per sentence cost more than counting the figures. Any other template
 * (quotes, {@code {0,number,#.#}}, choices) is left to MessageFormat itself.
 */
final class Template {
    /** Below this, a whole number is written the same with or without grouping separators. */
    private static final long UNGROUPED = 1000;

    private final MessageFormat format;
    /** Literal text at even indexes, argument numbers (as {@link Integer}) at odd ones; {@code null} for MessageFormat. */
    private final Object[] pieces;
    private final boolean asciiDigits;
    /** The language's number format, one per thread, shared by the templates of a language. */
    private final ThreadLocal<NumberFormat> numbers;
    /** The template filled with no arguments: names, headings and steps are written at every report. */
    private final String withoutArguments;

    Template(String pattern, Locale locale, ThreadLocal<NumberFormat> numbers) {
        this.format = new MessageFormat(pattern, locale);
        this.pieces = cut(pattern);
        this.asciiDigits = DecimalFormatSymbols.getInstance(locale).getZeroDigit() == '0';
        this.numbers = numbers;
        this.withoutArguments = pieces == null ? format.format(new Object[0]) : fillPieces(new Object[0]);
    }

    String fill(Object... arguments) {
        if (arguments.length == 0) {
            return withoutArguments;
        }
        if (pieces == null || hasDate(arguments)) {
            return ((MessageFormat) format.clone()).format(arguments);
        }
        return fillPieces(arguments);
    }

    private String fillPieces(Object[] arguments) {
        StringBuilder text = new StringBuilder(64);
        for (int i = 0; i < pieces.length; i++) {
            if (i % 2 == 0) {
                text.append((String) pieces[i]);
            } else {
                int index = (Integer) pieces[i];
                if (index < arguments.length) {
                    append(text, arguments[index]);
                } else {
                    text.append('{').append(index).append('}');
                }
            }
        }
        return text.toString();
    }

    private void append(StringBuilder text, Object argument) {
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
                || argument instanceof Byte) {
            long value = ((Number) argument).longValue();
            if (asciiDigits && value >= 0 && value < UNGROUPED) {
                text.append(value);
                return;
            }
        }
        if (argument instanceof Number number) {
            text.append(numbers.get().format(number));
        } else {
            text.append(argument);
        }
    }

    private static boolean hasDate(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Date) {
                return true;
            }
        }
        return false;
    }

    /** The pieces of a template of text and plain placeholders only, or {@code null}. */
    private static Object[] cut(String pattern) {
        if (pattern.indexOf('\'') >= 0) {
            return null;
        }
        List<Object> pieces = new ArrayList<>();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            if (close < 0 || close == open + 1 || close - open > 10) {
                return null;
            }
            for (int i = open + 1; i < close; i++) {
                if (pattern.charAt(i) < '0' || pattern.charAt(i) > '9') {
                    return null;
                }
            }
            pieces.add(pattern.substring(from, open));
            pieces.add(Integer.parseInt(pattern, open + 1, close, 10));
            from = close + 1;
        }
        pieces.add(pattern.substring(from));
        return pieces.toArray();
    }
}
