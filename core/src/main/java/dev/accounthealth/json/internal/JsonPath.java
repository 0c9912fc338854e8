package dev.accounthealth.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Names a place in one line of JSON the way rejected lines name fields. */
final class JsonPath {
    private static final String WHOLE_LINE = "(json)";

    private JsonPath() {
    }

    /**
     * The field whose name or string value holds the character at {@code index}, e.g.
     * {@code carrier}, {@code orderTotal.currency} or {@code skus[2]}; {@code (json)} when the
     * character is in no field or the line is not JSON.
     */
    static String fieldAt(String line, int index) {
        try (JsonParser parser = JsonConfig.READER.createParser(line)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                long start = parser.currentTokenLocation().getCharOffset();
                // A string is read only when asked for; read it to learn where it ends.
                parser.finishToken();
                long end = parser.currentLocation().getCharOffset();
                if (index < start) {
                    return WHOLE_LINE;
                }
                if (index < end && (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)) {
                    String path = path(parser.getParsingContext());
                    return path.isEmpty() ? WHOLE_LINE : path;
                }
            }
            return WHOLE_LINE;
        } catch (IOException e) {
            return WHOLE_LINE;
        }
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                parts.push(c.getCurrentName() == null ? "" : c.getCurrentName());
            } else {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!part.startsWith("[") && path.length() > 0) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }
}
