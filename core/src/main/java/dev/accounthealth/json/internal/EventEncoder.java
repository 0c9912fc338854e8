package dev.accounthealth.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.accounthealth.event.Money;
import dev.accounthealth.event.SellerEvent;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes an event as the JSON object of its JSON Lines form: {@code type}, then every record
 * component in declaration order (so {@code at} comes second) under its own name.
 *
 * <p>The form follows the records themselves rather than a table per type, so a new event
 * type, or a new field, is written without a change here. An empty {@code Optional} is left
 * out; every other value is written, booleans and empty lists included, so a reader in another
 * language needs no knowledge of defaults.
 */
public final class EventEncoder {
    // Looking up record components is slow reflection; do it once per event type.
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private EventEncoder() {
    }

    /** Writes {@code event} as one JSON object. */
    public static void encode(SellerEvent event, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", event.type());
        for (RecordComponent component : COMPONENTS.get(event.getClass())) {
            Object value = valueOf(component, event);
            if (value instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                value = optional.get();
            }
            json.writeFieldName(component.getName());
            writeValue(value, json);
        }
        json.writeEndObject();
    }

    private static Object valueOf(RecordComponent component, SellerEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + event.type() + "." + component.getName(), e);
        }
    }

    private static void writeValue(Object value, JsonGenerator json) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Instant instant) {
            json.writeString(instant.toString());
        } else if (value instanceof Enum<?> code) {
            json.writeString(code.name());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(element, json);
            }
            json.writeEndArray();
        } else if (value instanceof Money money) {
            // The amount as a string, as in the spec's example, so no reader turns it into a double.
            json.writeStartObject();
            json.writeStringField("amount", money.amount().toPlainString());
            json.writeStringField("currency", money.currency());
            json.writeEndObject();
        } else {
            throw new IllegalStateException("no JSON form for a " + value.getClass().getName());
        }
    }
}
