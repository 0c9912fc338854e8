package dev.accounthealth.amazon.internal;

import dev.accounthealth.json.internal.BadField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a field may hold and what each stands for, matched in any case: Amazon spells one
 * status {@code Canceled}, {@code Cancelled} and {@code CANCELLED} depending on the source.
 *
 * @param <T> what a word means
 */
public final class Words<T> {
    private final Map<String, T> byKey = new HashMap<>();
    private final List<String> spellings = new ArrayList<>();

    private Words() {
    }

    /** Starts a table; each pair is a word and its meaning. */
    public static <T> Words<T> of(Map<String, T> words) {
        Words<T> table = new Words<>();
        words.forEach(table::add);
        return table;
    }

    /** A table built word by word, in the order the message lists them. */
    public static <T> Words<T> ordered(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) pairs[i + 1];
            map.put((String) pairs[i], value);
        }
        return of(map);
    }

    private void add(String word, T value) {
        byKey.put(word.toLowerCase(Locale.ROOT), value);
        spellings.add(word);
    }

    /**
     * What the word means.
     *
     * @throws BadField naming {@code field} and listing the accepted words when it is none of them
     */
    public T read(String word, String field) {
        T value = byKey.get(word.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new BadField(field, "unknown value '" + word + "': expected one of " + String.join(", ", spellings));
        }
        return value;
    }
}
