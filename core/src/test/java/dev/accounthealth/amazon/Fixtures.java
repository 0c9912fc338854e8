package dev.accounthealth.amazon;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The hand-made inputs under {@code src/test/resources/dev/accounthealth/amazon}, and ways to read them. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }

    /** Every event of a source, strictly read. */
    static List<SellerEvent> strict(AmazonReader reader, Path file) {
        try (Stream<SellerEvent> events = reader.source(file).events()) {
            return events.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads text with a strict reader. */
    static List<SellerEvent> strict(UnaryOperator<AmazonReader> options, String text, String name, InputKind kind) {
        try (Stream<SellerEvent> events = options.apply(AmazonReader.strict()).events(new StringReader(text), name,
                kind)) {
            return events.toList();
        }
    }

    /** What a lenient read of text gives: events, rejected rows and the number of rows read. */
    record Read(List<SellerEvent> events, List<RejectedLine> rejected, long rows) {
    }

    static Read lenient(UnaryOperator<AmazonReader> options, String text, String name, InputKind kind) {
        List<RejectedLine> rejected = new ArrayList<>();
        long[] rows = {0};
        AmazonReader reader = options.apply(AmazonReader.lenient(rejected::add))
                .progress((source, count) -> rows[0] = count);
        try (Stream<SellerEvent> events = reader.events(new StringReader(text), name, kind)) {
            return new Read(events.toList(), rejected, rows[0]);
        }
    }
}
