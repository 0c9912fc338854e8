package dev.accounthealth.amazon.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.accounthealth.json.internal.BadField;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of SP-API responses, a page at a time: one file may hold one response, several one
 * after another (pages saved in turn, or one per line), or a JSON array of them. The records are
 * the elements of the arrays at the given paths ({@code orders}, {@code payload.Orders}); each
 * comes with the line it starts on and its path, for errors. Only one page is held at a time.
 */
public final class JsonPages implements AutoCloseable {
    /** Decimals stay exact; everything else as Jackson reads it. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One element of a response's array, with the page-level values read beside it. */
    public record Record(JsonNode node, long line, String path, String list, Map<String, JsonNode> page) {
    }

    private final JsonParser parser;
    private final String source;
    private final Set<String> targets;
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> scalars;
    private final boolean wholeRoot;
    private boolean inRootArray;

    /**
     * @param targets the dotted paths of the arrays whose elements are records; empty when each
     *     root value is itself a record (notifications)
     * @param scalars the dotted paths of page-level values to hand with each record
     */
    public JsonPages(Reader in, String source, Set<String> targets, Set<String> scalars) {
        this.source = source;
        this.targets = targets;
        this.scalars = scalars;
        this.wholeRoot = targets.isEmpty();
        for (String target : targets) {
            String[] parts = target.split("\\.");
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                prefix.append(i == 0 ? "" : ".").append(parts[i]);
                prefixes.add(prefix.toString());
            }
        }
        for (String scalar : scalars) {
            int dot = scalar.lastIndexOf('.');
            if (dot > 0) {
                prefixes.add(scalar.substring(0, dot));
            }
        }
        try {
            this.parser = MAPPER.createParser(in);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The records of the next page, or null at the end of the input.
     *
     * @throws BadField with field {@code (json)} when the text is not JSON: reading cannot go on
     */
    public List<Record> nextPage() {
        try {
            JsonToken token = parser.nextToken();
            if (inRootArray && token == JsonToken.END_ARRAY) {
                inRootArray = false;
                token = parser.nextToken();
            }
            if (token == null) {
                return null;
            }
            if (token == JsonToken.START_ARRAY && !inRootArray) {
                inRootArray = true;
                token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    inRootArray = false;
                    return List.of();
                }
            }
            JsonLocation start = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                throw new BadField("(json)", "expected a JSON object at line " + start.getLineNr() + ", was "
                        + token.asString());
            }
            List<Record> records = new ArrayList<>();
            if (wholeRoot) {
                JsonNode node = parser.readValueAsTree();
                records.add(new Record(node, start.getLineNr(), "", "", Map.of()));
                return records;
            }
            Map<String, JsonNode> page = new HashMap<>();
            walk("", records, page);
            List<Record> withPage = new ArrayList<>(records.size());
            for (Record record : records) {
                withPage.add(new Record(record.node(), record.line(), record.path(), record.list(), page));
            }
            return withPage;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new BadField("(json)", e.getOriginalMessage() + (where == null ? ""
                    : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
                    + "; the rest of the file cannot be read");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /** The line the parser is at, for an error that ends the read. */
    public long line() {
        return parser.currentLocation().getLineNr();
    }

    private void walk(String path, List<Record> records, Map<String, JsonNode> page) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = path.isEmpty() ? name : path + "." + name;
            JsonToken value = parser.nextToken();
            if (targets.contains(child) && value == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    records.add(new Record(node, line, child + "[" + index + "]", name, Map.of()));
                    index++;
                }
            } else if (prefixes.contains(child) && value == JsonToken.START_OBJECT) {
                walk(child, records, page);
            } else if (scalars.contains(child)) {
                page.put(child, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }
}
