package dev.accounthealth.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Validation shared by the event records; each failure names the event, field and reason. */
final class Fields {
    private final String type;
    private final String ref;

    private Fields(String type, String ref) {
        this.type = type;
        this.ref = ref;
    }

    static Fields of(String type, String ref) {
        return new Fields(type, ref == null || ref.isBlank() ? null : ref);
    }

    InvalidEventException invalid(String field, String reason) {
        return new InvalidEventException(type, ref, field, reason);
    }

    <T> T required(String field, T value) {
        if (value == null) {
            throw invalid(field, "required");
        }
        return value;
    }

    String id(String field, String value) {
        if (value == null) {
            throw invalid(field, "required");
        }
        if (value.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return value;
    }

    Instant at(Instant value) {
        return required("at", value);
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    Optional<String> optionalText(String field, Optional<String> value) {
        Optional<String> present = optional(value);
        if (present.isPresent() && present.get().isBlank()) {
            throw invalid(field, "must not be blank when present");
        }
        return present;
    }

    List<String> texts(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                throw invalid(field + "[" + i + "]", "must not be blank");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }
}
