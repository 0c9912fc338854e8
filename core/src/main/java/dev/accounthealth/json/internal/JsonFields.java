package dev.accounthealth.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Typed access to the fields of one JSON object, each failure a {@link BadField}.
 *
 * <p>A field that is absent or JSON {@code null} reads as {@code null} (or empty): the event's
 * own constructor then says "required", so the wording of that check lives in one place. Only
 * primitive fields ({@code rating}, {@code negative}) check presence here, as they cannot be
 * {@code null}.
 */
final class JsonFields {
    /** The most characters of a value shown in a reason. */
    private static final int SHOWN = 80;
    /** Longer than any amount within Money's bounds, leading zeros and an exponent included. */
    private static final int LONGEST_DECIMAL = 100;

    private final JsonNode object;

    JsonFields(JsonNode object) {
        this.object = object;
    }

    String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        return value.textValue();
    }

    Optional<String> optionalText(String field) {
        return Optional.ofNullable(text(field));
    }

    Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadField(field, "expected an ISO-8601 instant such as 2026-10-02T09:15:00Z, was " + quoted(text));
        }
    }

    Optional<Instant> optionalInstant(String field) {
        return Optional.ofNullable(instant(field));
    }

    <E extends Enum<E>> E code(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new BadField(field, "expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ", was " + quoted(text));
    }

    Marketplace marketplace(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Marketplace.of(text);
        } catch (IllegalArgumentException e) {
            throw new BadField(field, e.getMessage());
        }
    }

    Optional<Marketplace> optionalMarketplace(String field) {
        return Optional.ofNullable(marketplace(field));
    }

    boolean bool(String field, boolean whenAbsent) {
        JsonNode value = value(field);
        if (value == null) {
            return whenAbsent;
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "true or false", value);
        }
        return value.booleanValue();
    }

    boolean requiredBool(String field) {
        if (value(field) == null) {
            throw new BadField(field, "required");
        }
        return bool(field, false);
    }

    int integer(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw new BadField(field, "required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(field, "an integer", value);
        }
        return value.intValue();
    }

    /** Absent reads as {@code null}, which the events take as no entries. */
    List<String> texts(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings", value);
        }
        List<String> texts = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual()) {
                throw wrongType(field + "[" + i + "]", "a string", element);
            }
            texts.add(element.textValue());
        }
        return texts;
    }

    /** {@code {"amount":"12.90","currency":"EUR"}}, the amount a string or a number, kept exact. */
    Optional<Money> optionalMoney(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object such as {\"amount\":\"12.90\",\"currency\":\"EUR\"}", value);
        }
        JsonFields money = new JsonFields(value);
        BigDecimal amount = money.decimal("amount", field + ".amount");
        String currency = money.text("currency");
        try {
            return Optional.of(new Money(amount, currency));
        } catch (IllegalArgumentException e) {
            // Money names its own field at the head of the message ("currency: ..."); keep that
            // wording and put the field under the event's field.
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new BadField(field + "." + message.substring(0, colon), message.substring(colon + 2));
        }
    }

    private BigDecimal decimal(String field, String path) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual()) {
            throw wrongType(path, "a decimal number, as a string or a number", value);
        }
        String text = value.textValue();
        // No amount within Money's bounds is this long, and parsing a long run of digits is slow.
        if (text.length() > LONGEST_DECIMAL) {
            throw new BadField(path, "expected a decimal number of at most " + Money.MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + Money.MAX_DECIMAL_PLACES + " after, was " + quoted(text));
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadField(path, "expected a decimal number, was " + quoted(text));
        }
    }

    /** The text in single quotes, its middle left out when it is long. */
    static String quoted(String text) {
        return "'" + abbreviated(text) + "'";
    }

    /** A value shown in a reason keeps the reason readable, however long the value. */
    private static String abbreviated(String text) {
        if (text.length() <= SHOWN) {
            return text;
        }
        return text.substring(0, SHOWN / 2) + "…(" + (text.length() - SHOWN) + " more characters)…"
                + text.substring(text.length() - SHOWN / 2);
    }

    private JsonNode value(String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static BadField wrongType(String field, String expected, JsonNode value) {
        return new BadField(field, "expected " + expected + ", was " + describe(value));
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string " + abbreviated(value.toString());
            case NUMBER -> "a number " + abbreviated(value.toString());
            case BOOLEAN -> "a boolean " + value;
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
