package dev.accounthealth.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsStayExact() {
        assertEquals(new BigDecimal("12.90"), Money.of("12.90", "EUR").amount());
    }

    @Test
    void negativeAmountsBadNumbersAndBadCurrenciesAreRefused() {
        assertEquals("amount: must not be negative, was -1",
                assertThrows(IllegalArgumentException.class, () -> Money.of("-1", "EUR")).getMessage());
        assertEquals("amount: not a decimal number: twelve",
                assertThrows(IllegalArgumentException.class, () -> Money.of("twelve", "EUR")).getMessage());
        assertEquals("currency: expected a three-letter ISO 4217 code, was eur",
                assertThrows(IllegalArgumentException.class, () -> Money.of("1", "eur")).getMessage());
    }

    @Test
    void amountsHaveAtMostFifteenDigitsBeforeThePointAndSixAfter() {
        assertEquals(new BigDecimal("999999999999999.999999"), Money.of("999999999999999.999999", "EUR").amount());
        assertEquals(new BigDecimal("0.000000"), Money.of("0.000000", "EUR").amount());
        assertEquals("1500", Money.of("1.5e3", "EUR").amount().toPlainString());
        for (String[] refused : new String[][] {
                {"1000000000000000", "1000000000000000"},
                {"0.1234567", "0.1234567"},
                {"12.9000000", "12.9000000"},
                {"1e999999999", "1E+999999999"},
                {"1e-999999999", "1E-999999999"},
                {"0e16", "0E+16"}}) {
            assertEquals("amount: must have at most 15 digits before the decimal point and 6 after, was " + refused[1],
                    assertThrows(IllegalArgumentException.class, () -> Money.of(refused[0], "EUR")).getMessage(),
                    refused[0]);
        }
    }
}
