package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.Money;
import dev.accounthealth.json.internal.BadField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Typed access to the fields of one response object by dotted path ({@code fulfillment.shipByWindow.latestDateTime}),
 * each failure a {@link BadField} naming the full path of the field. Absent and JSON
 * {@code null} read alike; unknown fields are ignored. Read leniently as Amazon writes it: a
 * boolean may be a string {@code "true"}, an amount a string or a number.
 */
public final class Fields {
    private final JsonNode object;
    private final String path;

    /** @param path where the object is in the response, e.g. {@code orders[3]} */
    public Fields(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The full path of a field, for errors. */
    public String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The node at a dotted path, or null when absent or null. */
    public JsonNode node(String field) {
        JsonNode node = object;
        for (String part : field.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** The fields of an object inside this one, e.g. each element of {@code orderItems}. */
    public Fields child(JsonNode node, String field) {
        return new Fields(node, at(field));
    }

    public String text(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new BadField(at(field), "expected a string, was " + describe(node));
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    public String required(String field) {
        String text = text(field);
        if (text == null) {
            throw new BadField(at(field), "required");
        }
        return text;
    }

    public Instant instant(String field) {
        String text = text(field);
        return text == null ? null : Dates.instant(text, at(field));
    }

    public Instant requiredInstant(String field) {
        return Dates.instant(required(field), at(field));
    }

    /** {@code true}, {@code false}, or either as a string. */
    public boolean bool(String field, boolean whenAbsent) {
        JsonNode node = node(field);
        if (node == null) {
            return whenAbsent;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            switch (node.textValue().strip().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    break;
            }
        }
        throw new BadField(at(field), "expected true or false, was " + describe(node));
    }

    /** A decimal written as a number or a string, kept exact. */
    public BigDecimal decimal(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.textValue().strip());
            } catch (NumberFormatException e) {
                throw new BadField(at(field), "expected a decimal number such as 54.99, was " + describe(node));
            }
        }
        throw new BadField(at(field), "expected a decimal number such as 54.99, was " + describe(node));
    }

    /** An amount and its currency under the given names, or null when the amount is absent. */
    public Money money(String field, String amountName, String currencyName) {
        if (node(field) == null) {
            return null;
        }
        Fields money = child(node(field), field);
        BigDecimal amount = money.decimal(amountName);
        if (amount == null) {
            return null;
        }
        String currency = money.required(currencyName);
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            String name = message.substring(0, colon).equals("amount") ? amountName : currencyName;
            throw new BadField(money.at(name), message.substring(colon + 2));
        }
    }

    public Marketplace marketplace(String field) {
        String text = required(field);
        return Marketplace.find(text).orElseThrow(() -> new BadField(at(field),
                "unknown marketplace '" + text + "': expected an SP-API marketplace id such as ATVPDKIKX0DER"));
    }

    public <T> T code(String field, Words<T> words) {
        return words.read(required(field), at(field));
    }

    /** The elements of an array field, none when absent. */
    public Iterable<JsonNode> list(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return java.util.List.of();
        }
        if (!node.isArray()) {
            throw new BadField(at(field), "expected an array, was " + describe(node));
        }
        return node;
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string " + node;
            case NUMBER -> "a number " + node;
            case BOOLEAN -> "a boolean " + node;
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
