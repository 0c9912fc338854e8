package dev.accounthealth.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketplaceTest {

    @Test
    void everyCodeOfTheSpecIsKnown() {
        assertEquals("FR DE UK ES IT NL SE PL BE IE TR US CA MX BR JP AU IN SG AE SA EG",
                String.join(" ", java.util.Arrays.stream(Marketplace.values()).map(Enum::name).toList()));
    }

    @Test
    void codesAreReadIgnoringCaseAndSpApiIdsAreAliases() {
        assertEquals(Marketplace.FR, Marketplace.of("fr"));
        assertEquals(Marketplace.FR, Marketplace.of("A13V1IB3VIYZZH"));
        assertEquals(Marketplace.US, Marketplace.of("atvpdkikx0der"));
        assertEquals(Optional.empty(), Marketplace.find("XX"));
    }

    @Test
    void anUnknownCodeIsAnErrorThatListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Marketplace.of("GB"));
        assertTrue(e.getMessage().startsWith("unknown marketplace 'GB'"), e.getMessage());
        assertTrue(e.getMessage().contains("UK"), e.getMessage());
    }

    @Test
    void calendarRulesAreReadInTheMarketplacesOwnTimeZone() {
        assertEquals(ZoneId.of("Europe/Paris"), Marketplace.FR.zone());
        assertEquals(ZoneId.of("Europe/Berlin"), Marketplace.DE.zone());
        assertEquals(ZoneId.of("Europe/London"), Marketplace.UK.zone());
        assertEquals(ZoneId.of("America/Los_Angeles"), Marketplace.US.zone());
    }
}
