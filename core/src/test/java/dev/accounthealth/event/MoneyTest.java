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
}
