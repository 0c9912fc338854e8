package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.accounthealth.amazon.InputKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Tells what kind of input a file is from its start: a report by the names in its header, a
 * response or notification by the keys of its first JSON value, JSON Lines by a {@code type}.
 */
public final class Recognizer {
    /** Enough for any header, and for the keys that tell a response apart. */
    private static final int PEEK = 1 << 16;
    private static final JsonMapper LOOSE = JsonMapper.builder().enable(JsonReadFeature.ALLOW_YAML_COMMENTS).build();

    private Recognizer() {
    }

    /** The kind of the text that starts {@code in}; the reader is marked and reset. */
    public static Optional<InputKind> recognise(BufferedReader in) throws IOException {
        in.mark(PEEK);
        char[] buffer = new char[PEEK];
        int length = 0;
        int read;
        while (length < PEEK && (read = in.read(buffer, length, PEEK - length)) > 0) {
            length += read;
        }
        in.reset();
        String start = new String(buffer, 0, Math.max(length, 0));
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        String content = start.stripLeading();
        if (content.startsWith("{") || content.startsWith("[") || content.startsWith("#")) {
            return json(start);
        }
        return report(start);
    }

    private static Optional<InputKind> report(String start) {
        int end = start.indexOf('\n');
        Tsv tsv = new Tsv(new StringReader(end < 0 ? start : start.substring(0, end + 1)), "");
        List<String> names = tsv.next();
        if (names == null) {
            return Optional.empty();
        }
        Header header = new Header(names);
        if (header.has("amazon-order-id") && header.has("purchase-date")) {
            return Optional.of(InputKind.ALL_ORDERS_REPORT);
        }
        if (header.has("Order ID") && header.has("Return request date")) {
            return Optional.of(InputKind.RETURNS_REPORT);
        }
        if (header.has("Rating") && header.has("Order ID") && header.has("Date")) {
            return Optional.of(InputKind.FEEDBACK_REPORT);
        }
        if (header.has("return-date") && header.has("order-id")) {
            return Optional.of(InputKind.FBA_RETURNS_REPORT);
        }
        return Optional.empty();
    }

    private static Optional<InputKind> json(String start) {
        try (JsonParser parser = LOOSE.createParser(start)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            return object(parser, false);
        } catch (IOException e) {
            // A value cut off at the end of the peek still told its kind by its first keys, or cannot.
            return Optional.empty();
        }
    }

    private static Optional<InputKind> object(JsonParser parser, boolean inPayload) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "orders":
                    return Optional.of(InputKind.ORDERS_API);
                case "Orders":
                    return Optional.of(InputKind.ORDERS_API_V0);
                case "OrderItems":
                    return Optional.of(InputKind.ORDER_ITEMS_API_V0);
                case "FinancialEvents":
                    return Optional.of(InputKind.FINANCES_API);
                case "accountStatuses":
                case "performanceMetrics":
                    return Optional.of(InputKind.SELLER_PERFORMANCE_REPORT);
                case "NotificationType":
                case "notificationType":
                    if (value == JsonToken.VALUE_STRING) {
                        return switch (parser.getText()) {
                            case "ORDER_CHANGE" -> Optional.of(InputKind.ORDER_CHANGE_NOTIFICATIONS);
                            case "ACCOUNT_STATUS_CHANGED" -> Optional.of(InputKind.ACCOUNT_STATUS_NOTIFICATIONS);
                            default -> Optional.empty();
                        };
                    }
                    return Optional.empty();
                case "type":
                    if (!inPayload && value == JsonToken.VALUE_STRING) {
                        return Optional.of(InputKind.JSON_LINES);
                    }
                    parser.skipChildren();
                    break;
                case "payload":
                    if (!inPayload && value == JsonToken.START_OBJECT) {
                        Optional<InputKind> inside = object(parser, true);
                        if (inside.isPresent()) {
                            return inside;
                        }
                        break;
                    }
                    parser.skipChildren();
                    break;
                default:
                    parser.skipChildren();
            }
        }
        return Optional.empty();
    }
}
