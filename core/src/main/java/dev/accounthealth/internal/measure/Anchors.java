package dev.accounthealth.internal.measure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the anchor date a rule file named for a metric (a getter of the counted fact). */
final class Anchors {
    private static final Map<Class<?>, Map<String, MethodHandle>> GETTERS = new ConcurrentHashMap<>();

    private Anchors() {
    }

    static Instant of(Object item, String property) {
        MethodHandle getter = GETTERS.computeIfAbsent(item.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(property, p -> getter(item.getClass(), p));
        try {
            return (Instant) getter.invoke(item);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read anchor " + property + " of " + item, e);
        }
    }

    private static MethodHandle getter(Class<?> type, String property) {
        String name = "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        try {
            return MethodHandles.publicLookup().findVirtual(type, name, MethodType.methodType(Instant.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("anchor '" + property + "' is not a date of " + type.getSimpleName(), e);
        }
    }
}
