package dev.accounthealth.amazon.internal;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.json.internal.BadField;
import java.util.LinkedHashMap;
import java.util.Map;

/** The marketplace a report names by its storefront ({@code Amazon.com}, {@code Amazon.co.uk}). */
public final class SalesChannels {
    private static final Words<Marketplace> STOREFRONTS;

    static {
        Map<String, Marketplace> names = new LinkedHashMap<>();
        names.put("Amazon.fr", Marketplace.FR);
        names.put("Amazon.de", Marketplace.DE);
        names.put("Amazon.co.uk", Marketplace.UK);
        names.put("Amazon.es", Marketplace.ES);
        names.put("Amazon.it", Marketplace.IT);
        names.put("Amazon.nl", Marketplace.NL);
        names.put("Amazon.se", Marketplace.SE);
        names.put("Amazon.pl", Marketplace.PL);
        names.put("Amazon.com.be", Marketplace.BE);
        names.put("Amazon.ie", Marketplace.IE);
        names.put("Amazon.com.tr", Marketplace.TR);
        names.put("Amazon.com", Marketplace.US);
        names.put("Amazon.ca", Marketplace.CA);
        names.put("Amazon.com.mx", Marketplace.MX);
        names.put("Amazon.com.br", Marketplace.BR);
        names.put("Amazon.co.jp", Marketplace.JP);
        names.put("Amazon.com.au", Marketplace.AU);
        names.put("Amazon.in", Marketplace.IN);
        names.put("Amazon.sg", Marketplace.SG);
        names.put("Amazon.ae", Marketplace.AE);
        names.put("Amazon.sa", Marketplace.SA);
        names.put("Amazon.eg", Marketplace.EG);
        STOREFRONTS = Words.of(names);
    }

    private SalesChannels() {
    }

    /**
     * The marketplace of a storefront name.
     *
     * @throws BadField naming {@code field}; {@code Non-Amazon} (multi-channel fulfilment of an
     *     order sold elsewhere) is no Amazon marketplace and counts in no Account Health metric
     */
    public static Marketplace read(String storefront, String field) {
        if (storefront.strip().equalsIgnoreCase("Non-Amazon")) {
            throw new BadField(field, "'Non-Amazon' is an order sold outside Amazon (multi-channel fulfilment): "
                    + "it counts in no Account Health metric");
        }
        return STOREFRONTS.read(storefront, field);
    }
}
