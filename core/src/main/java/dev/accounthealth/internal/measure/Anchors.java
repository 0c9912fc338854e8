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
        return reader(item.getClass(), property).read(item);
    }

    /** Reads one property of one class of facts; found once, then as quick as a getter call. */
    static Reader reader(Class<?> type, String property) {
        MethodHandle getter = GETTERS.computeIfAbsent(type, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(property, p -> getter(type, p));
        return new Reader(type, property, getter);
    }

    /** A getter of one class, typed so that it is called without conversions. */
    static final class Reader {
        final Class<?> type;
        private final String property;
        private final MethodHandle getter;

        private Reader(Class<?> type, String property, MethodHandle getter) {
            this.type = type;
            this.property = property;
            this.getter = getter;
        }

        Instant read(Object item) {
            try {
                return (Instant) getter.invokeExact(item);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read anchor " + property + " of " + item, e);
            }
        }
    }

    private static MethodHandle getter(Class<?> type, String property) {
        String name = "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        try {
            return MethodHandles.publicLookup().findVirtual(type, name, MethodType.methodType(Instant.class))
                    .asType(MethodType.methodType(Instant.class, Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("anchor '" + property + "' is not a date of " + type.getSimpleName(), e);
        }
    }
}
