package dev.accounthealth.event;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money in a currency, kept as an exact decimal.
 *
 * @param amount a non-negative amount
 * @param currency an ISO 4217 code, e.g. {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Validates the amount and currency. */
    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount: required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must not be negative, was " + amount.toPlainString());
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency: expected a three-letter ISO 4217 code, was " + currency);
        }
    }

    /** Reads {@code "12.90"} in {@code "EUR"}. */
    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount: not a decimal number: " + amount, e);
        }
    }
}
