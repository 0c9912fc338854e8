package dev.accounthealth.event;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money in a currency, kept as an exact decimal, trailing zeros included.
 *
 * <p>An amount has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point (below
 * a million billion, more than any order in any currency) and at most
 * {@value #MAX_DECIMAL_PLACES} after it (ISO 4217 currencies have at most 4 minor digits; 6
 * leaves room for exports that pad them). Within these bounds an amount written out plainly
 * has at most 22 characters, whatever notation it was given in: {@code 1.5E+3} is
 * {@code 1500}, and {@code 1e999999999}, a billion digits written out, is refused.
 *
 * @param amount a non-negative amount within the bounds above
 * @param currency an ISO 4217 code, e.g. {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {
    /** The most digits an amount may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most digits an amount may have after its decimal point, trailing zeros included. */
    public static final int MAX_DECIMAL_PLACES = 6;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Validates the amount and currency. */
    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount: required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must not be negative, was " + shown(amount));
        }
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS || amount.scale() > MAX_DECIMAL_PLACES) {
            throw new IllegalArgumentException("amount: must have at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMAL_PLACES + " after, was " + shown(amount));
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

    /** Plain when that is short and exact, in exponent notation otherwise: the message stays short. */
    private static String shown(BigDecimal amount) {
        return amount.scale() >= 0 && amount.scale() <= 40 && amount.precision() - amount.scale() <= 40
                ? amount.toPlainString() : amount.toString();
    }
}
