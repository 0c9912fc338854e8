package dev.accounthealth.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.RejectedLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** How Jackson is set up to read event lines and to write event lines and reports. */
public final class JsonConfig {

    /**
     * Reads one line into a tree. Decimals stay exact with their trailing zeros ({@code 12.90}
     * is not {@code 12.9}); a field given twice is an error rather than last-one-wins. A string
     * may be as long as a line may be, so the line limit alone decides what is too long; numbers
     * keep Jackson's limit of 1000 characters.
     */
    public static final ObjectMapper READER = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(EventReader.MAX_LINE_LENGTH).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Writes decimals plain ({@code 0.04}, never {@code 4E-2}), puts nothing between root values
     * (the writers end each one with {@code \n} themselves) and leaves the caller's writer open.
     */
    private static final JsonFactory WRITER = new JsonFactoryBuilder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null)
            .build();

    private JsonConfig() {
    }

    /** A generator writing compact JSON, one value per line, to {@code out}. */
    public static JsonGenerator compact(Writer out) throws IOException {
        return WRITER.createGenerator(out);
    }

    /**
     * A generator writing pretty JSON to {@code out}: two-space indents, {@code \n} line ends
     * whatever the platform, {@code "name": value}, empty lists as {@code []}.
     */
    public static JsonGenerator pretty(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return WRITER.createGenerator(out).setPrettyPrinter(printer);
    }

    /** Something written to a {@link Writer}. */
    @FunctionalInterface
    public interface Writing {
        void to(Writer out) throws IOException;
    }

    /** What a writing writes, as a string. */
    public static String written(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return out.toString();
    }

    /** The lines a lenient reader set aside, as the field {@code rejected}, in the order given. */
    public static void writeRejected(List<RejectedLine> rejected, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("rejected");
        for (RejectedLine line : rejected) {
            json.writeStartObject();
            json.writeStringField("source", line.source());
            json.writeNumberField("line", line.line());
            json.writeStringField("field", line.field());
            json.writeStringField("reason", line.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
