package dev.accounthealth.event;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Amazon marketplace, by its short code, with its SP-API marketplace id and the time zone in
 * which its calendar rules ("23:59 the next business day") are read.
 */
public enum Marketplace {
    FR("A13V1IB3VIYZZH", "Europe/Paris"),
    DE("A1PA6795UKMFR9", "Europe/Berlin"),
    UK("A1F83G8C2ARO7P", "Europe/London"),
    ES("A1RKKUPIHCS9HS", "Europe/Madrid"),
    IT("APJ6JRA9NG5V4", "Europe/Rome"),
    NL("A1805IZSGTT6HS", "Europe/Amsterdam"),
    SE("A2NODRKZP88ZB9", "Europe/Stockholm"),
    PL("A1C3SOZRARQ6R3", "Europe/Warsaw"),
    BE("AMEN7PMS3EDWL", "Europe/Brussels"),
    IE("A28R8C7NBKEWEA", "Europe/Dublin"),
    TR("A33AVAJ2PDY3EV", "Europe/Istanbul"),
    US("ATVPDKIKX0DER", "America/Los_Angeles"),
    CA("A2EUQ1WTGCTBG2", "America/Los_Angeles"),
    MX("A1AM78C64UM0Y8", "America/Mexico_City"),
    BR("A2Q3Y263D00KWC", "America/Sao_Paulo"),
    JP("A1VC38T7YXB528", "Asia/Tokyo"),
    AU("A39IBJ37TRP1C6", "Australia/Sydney"),
    IN("A21TJRUUN4KGV", "Asia/Kolkata"),
    SG("A19VAU5U5O7RUS", "Asia/Singapore"),
    AE("A2VIGQ35RCS4UG", "Asia/Dubai"),
    SA("A17E79C6D8DWNP", "Asia/Riyadh"),
    EG("ARBP9OOSHTCHU", "Africa/Cairo");

    private static final Map<String, Marketplace> BY_NAME = new HashMap<>();

    static {
        for (Marketplace marketplace : values()) {
            BY_NAME.put(marketplace.name(), marketplace);
            BY_NAME.put(marketplace.marketplaceId.toUpperCase(Locale.ROOT), marketplace);
        }
    }

    private final String marketplaceId;
    private final ZoneId zone;

    Marketplace(String marketplaceId, String zone) {
        this.marketplaceId = marketplaceId;
        this.zone = ZoneId.of(zone);
    }

    /** The SP-API marketplace id, e.g. {@code A13V1IB3VIYZZH} for {@link #FR}. */
    public String marketplaceId() {
        return marketplaceId;
    }

    /** The time zone in which this marketplace's calendar rules are read. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Finds a marketplace by its short code or its SP-API id, ignoring case.
     *
     * @return the marketplace, or empty when the text names none
     */
    public static Optional<Marketplace> find(String codeOrId) {
        if (codeOrId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(codeOrId.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * Reads a marketplace by its short code or its SP-API id, ignoring case.
     *
     * @throws IllegalArgumentException naming the text and the accepted codes when it names no
     *     marketplace
     */
    public static Marketplace of(String codeOrId) {
        return find(codeOrId).orElseThrow(() -> new IllegalArgumentException(
                "unknown marketplace '" + codeOrId + "': expected one of "
                        + java.util.Arrays.toString(values()) + " or an SP-API marketplace id"));
    }
}
