package dev.accounthealth.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Each figure worked by hand, and checked against its defining inequality at k and k - 1. */
class RecoveryArithmeticTest {
    private static final BigDecimal FOUR_PERCENT = new BigDecimal("0.04");

    @Test
    void sixteenLateOfSixtyOneNeedThreeHundredFortyCleanOrders() {
        // floor(16 / 0.04) + 1 - 61 = 400 + 1 - 61 = 340; 16 / 401 < 4 % but 16 / 400 = 4 %.
        assertEquals(OptionalLong.of(340), RecoveryArithmetic.cleanToGetUnder(16, 61, FOUR_PERCENT));
    }

    @Test
    void cleanOrdersNeededIsExactWhereDecimalsWouldRound() {
        // 1 / 0.025 = 40 exactly: 1 / 40 = 2.5 % is a breach, 1 / 41 is not; 40 orders need 1 more.
        assertEquals(OptionalLong.of(1), RecoveryArithmetic.cleanToGetUnder(1, 40, new BigDecimal("0.025")));
        // 1 / 0.03 = 33.3…: 1 / 34 < 3 %, 1 / 33 > 3 %; 10 orders need 24 more.
        assertEquals(OptionalLong.of(24), RecoveryArithmetic.cleanToGetUnder(1, 10, new BigDecimal("0.03")));
        assertEquals(OptionalLong.of(0), RecoveryArithmetic.cleanToGetUnder(1, 100, new BigDecimal("0.03")));
    }

    @Test
    void defectsToBreachAreTheLeastThatReachTheTarget() {
        // (0.04 x 61 - 2) / 0.96 = 0.458: 1 more late order makes 3 / 62 = 4.8 %.
        assertEquals(OptionalLong.of(1), RecoveryArithmetic.defectsToReach(2, 61, FOUR_PERCENT));
        // (2.44 - 1) / 0.96 = 1.5: 2 more make 3 / 63 = 4.76 %; 1 more makes 2 / 62 = 3.2 %.
        assertEquals(OptionalLong.of(2), RecoveryArithmetic.defectsToReach(1, 61, FOUR_PERCENT));
        // 0 of 99 against 1 %: (0.99 - 0) / 0.99 = 1: 1 / 100 = 1 % breaches.
        assertEquals(OptionalLong.of(1), RecoveryArithmetic.defectsToReach(0, 99, new BigDecimal("0.01")));
        // With nothing counted yet, one defect is 100 %.
        assertEquals(OptionalLong.of(1), RecoveryArithmetic.defectsToReach(0, 0, FOUR_PERCENT));
    }

    @Test
    void greaterThanTargetsGetTheMirrorFigures() {
        // 19 valid of 20 = 95 %, a breach of "> 95 %": (0.95 x 20 - 19) / 0.05 = 0, so 1 more: 20 / 21 = 95.2 %.
        assertEquals(OptionalLong.of(1), RecoveryArithmetic.goodToGetOver(19, 20, new BigDecimal("0.95")));
        // 90 of 100: (95 - 90) / 0.05 = 100, so 101 more: 191 / 201 = 95.02 %; 190 / 200 = 95 % exactly.
        assertEquals(OptionalLong.of(101), RecoveryArithmetic.goodToGetOver(90, 100, new BigDecimal("0.95")));
        // 25 of 25: ceil(25 / 0.95) - 25 = 27 - 25 = 2: 25 / 27 = 92.6 %, while 25 / 26 = 96.2 %.
        assertEquals(OptionalLong.of(2), RecoveryArithmetic.shortfallsToFallTo(25, 25, new BigDecimal("0.95")));
    }

    @Test
    void impossibleTargetsHaveNoFigure() {
        assertEquals(OptionalLong.empty(), RecoveryArithmetic.cleanToGetUnder(1, 10, BigDecimal.ZERO));
        assertEquals(OptionalLong.empty(), RecoveryArithmetic.defectsToReach(1, 10, BigDecimal.ONE));
        assertEquals(OptionalLong.empty(), RecoveryArithmetic.goodToGetOver(1, 10, BigDecimal.ONE));
        assertEquals(OptionalLong.empty(), RecoveryArithmetic.shortfallsToFallTo(1, 10, BigDecimal.ZERO));
    }
}
