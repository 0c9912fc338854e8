package dev.accounthealth.internal.measure;

import dev.accounthealth.internal.facts.ClaimFact;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.facts.MessageFact;
import dev.accounthealth.internal.facts.OrderFact;
import dev.accounthealth.internal.facts.ReturnFact;
import dev.accounthealth.internal.facts.ViolationFact;
import java.time.Instant;
import java.time.LocalTime;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A way to group the items behind a metric, by what they share. The rule files choose which
 * dimensions matter for which metric; this only reads the values.
 */
public enum Dimension {
    /** The carrier the order was shipped with. */
    CARRIER,
    /** Where the order was shipped from. */
    SHIP_FROM,
    /** A seller SKU in the order. */
    SKU,
    /** Seller- or Amazon-fulfilled. */
    CHANNEL,
    /** The local weekday of purchase, and whether before or after the day's cutoff: {@code FRIDAY>=14:00}. */
    PURCHASE_DAY_AND_TIME,
    /** The local weekday a message or return request arrived, and whether before or after the cutoff. */
    RECEIVED_DAY_AND_TIME,
    /** The class a flagged item is counted under: for a defective order, negative feedback, claim, chargeback. */
    DEFECT_KIND,
    /** The reason given for an A-to-z claim. */
    CLAIM_REASON,
    /** The reason given for a return request. */
    RETURN_REASON,
    /** Who cancelled the order. */
    CANCELLED_BY,
    /** The reason given for a cancellation. */
    CANCEL_REASON,
    /** The category of a policy notice. */
    POLICY_CATEGORY;

    static Dimension of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown root-cause dimension '" + name + "': expected one of "
                    + Arrays.toString(values()), e);
        }
    }

    /**
     * Adds the values an item has in this dimension to a set (none when it has none).
     *
     * @param evidence why the item is flagged: its spans in the numerator's classes, empty when it is not
     */
    public void addValuesOf(Counted item, List<Span> evidence, LocalTime cutoff, Set<String> values) {
        OrderFact order = orderOf(item);
        switch (this) {
            case CARRIER -> add(values, order == null ? null : order.getCarrier());
            case SHIP_FROM -> add(values, order == null ? null : order.getShipFrom());
            case SKU -> {
                if (order != null) {
                    values.addAll(order.getSkus());
                }
            }
            case CHANNEL -> add(values, order == null ? null : order.getChannel().name());
            case PURCHASE_DAY_AND_TIME -> add(values, order == null ? null
                    : dayAndTime(order.getPurchasedAt(), order, cutoff));
            case RECEIVED_DAY_AND_TIME -> {
                if (item instanceof MessageFact message) {
                    add(values, dayAndTime(message.getReceivedAt(), message.getMarketplace().zone(), cutoff));
                } else if (item instanceof ReturnFact request) {
                    add(values, dayAndTime(request.getRequestedAt(), request.getOrder(), cutoff));
                }
            }
            case DEFECT_KIND -> {
                for (Span span : evidence) {
                    values.add(span.getClassName());
                }
            }
            case CLAIM_REASON -> {
                if (item instanceof ClaimFact claim) {
                    add(values, claim.getReason());
                }
                for (Span span : evidence) {
                    if (span.getCause() instanceof ClaimFact claim) {
                        add(values, claim.getReason());
                    }
                }
            }
            case RETURN_REASON -> {
                if (item instanceof ReturnFact request) {
                    add(values, request.getReason());
                }
            }
            case CANCELLED_BY -> add(values, order == null || order.getCancelledBy() == null ? null
                    : order.getCancelledBy().name());
            case CANCEL_REASON -> add(values, order == null ? null : order.getCancelReason());
            case POLICY_CATEGORY -> {
                if (item instanceof ViolationFact notice) {
                    add(values, notice.getCategory().name());
                }
            }
        }
    }

    /** The values an item has in this dimension, each once; {@code evidence} as for {@link #addValuesOf}. */
    String[] valuesOf(Counted item, List<Span> evidence, LocalTime cutoff) {
        Values values = new Values();
        addValuesOf(item, evidence, cutoff, values);
        return values.toArray();
    }

    private static void add(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private static OrderFact orderOf(Counted item) {
        if (item instanceof OrderFact order) {
            return order;
        }
        if (item instanceof ReturnFact request) {
            return request.getOrder();
        }
        if (item instanceof MessageFact message) {
            return message.getOrder();
        }
        if (item instanceof ClaimFact claim) {
            return claim.getOrder();
        }
        return null;
    }

    private static String dayAndTime(Instant at, OrderFact order, LocalTime cutoff) {
        return dayAndTime(at, order.getMarketplace().zone(), cutoff);
    }

    private static String dayAndTime(Instant at, java.time.ZoneId zone, LocalTime cutoff) {
        long local = at.getEpochSecond() + zone.getRules().getOffset(at).getTotalSeconds();
        // 1970-01-01 was a Thursday.
        java.time.DayOfWeek day = java.time.DayOfWeek.THURSDAY.plus(Math.floorMod(Math.floorDiv(local, 86_400L), 7));
        long secondOfDay = Math.floorMod(local, 86_400L);
        boolean before = secondOfDay < cutoff.toSecondOfDay()
                || (secondOfDay == cutoff.toSecondOfDay() && at.getNano() < cutoff.getNano());
        return DayAndTime.of(day, before, cutoff);
    }

    /** The values of the day-and-time dimensions, written once per weekday, side and cutoff. */
    private static final class DayAndTime {
        private static final java.util.Map<LocalTime, String[]> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

        static String of(java.time.DayOfWeek day, boolean before, LocalTime cutoff) {
            String[] names = NAMES.computeIfAbsent(cutoff, c -> {
                String[] all = new String[14];
                for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                    all[2 * d.ordinal()] = d + "<" + c;
                    all[2 * d.ordinal() + 1] = d + ">=" + c;
                }
                return all;
            });
            return names[2 * day.ordinal() + (before ? 0 : 1)];
        }
    }

    /** The few values one item has in one dimension, each once, without hashing. */
    private static final class Values extends AbstractSet<String> {
        private String[] values = new String[4];
        private int size;

        @Override
        public boolean add(String value) {
            for (int i = 0; i < size; i++) {
                if (values[i].equals(value)) {
                    return false;
                }
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
            return true;
        }

        @Override
        public void clear() {
            size = 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String[] toArray() {
            return Arrays.copyOf(values, size);
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(values).subList(0, size).iterator();
        }
    }
}
