package dev.accounthealth.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Fractions written as percentages in one language, with at most two decimals and no trailing
 * zero: 0.2622 → "26.23 %" or "26,23 %", 0.04 → "4 %". A rate is between 0 and 100 %, which
 * needs no grouping separator: written directly, with the language's decimal separator;
 * anything else goes through the language's number format.
 */
final class PercentFormat {
    /** From this many percent on, a number format may group digits. */
    private static final BigDecimal UNGROUPED = BigDecimal.valueOf(1000);

    private final boolean asciiDigits;
    private final char decimalSeparator;
    /** Per thread, since a number format is not safe to share: one per count of decimals, 0 to 2. */
    private final ThreadLocal<NumberFormat[]> formats;

    PercentFormat(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.asciiDigits = symbols.getZeroDigit() == '0';
        this.decimalSeparator = symbols.getDecimalSeparator();
        this.formats = ThreadLocal.withInitial(() -> {
            NumberFormat[] byDecimals = new NumberFormat[3];
            for (int decimals = 0; decimals < byDecimals.length; decimals++) {
                byDecimals[decimals] = NumberFormat.getInstance(locale);
                byDecimals[decimals].setMinimumFractionDigits(decimals);
                byDecimals[decimals].setMaximumFractionDigits(decimals);
            }
            return byDecimals;
        });
    }

    String format(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2);
        int decimals = Math.min(2, Math.max(0, percent.stripTrailingZeros().scale()));
        BigDecimal rounded = percent.setScale(decimals, RoundingMode.HALF_EVEN);
        String number;
        if (asciiDigits && rounded.signum() >= 0 && rounded.compareTo(UNGROUPED) < 0) {
            number = rounded.toPlainString().replace('.', decimalSeparator);
        } else {
            number = formats.get()[decimals].format(rounded);
        }
        return number + "\u00a0%";
    }
}
