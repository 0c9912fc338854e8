package dev.accounthealth.examples.cli;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.examples.generator.SellerHistoryGenerator;
import dev.accounthealth.json.EventWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code account-health generate}: writes a seeded, realistic seller history as JSON Lines. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a seeded, realistic seller history as JSON Lines.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    static final class What {
        @Option(names = "--sample", description = "The sample seller: FR at risk, DE healthy, 60 days.")
        boolean sample;

        @Option(names = "--size", paramLabel = "EVENTS",
                description = "About this many events for one seller in FR, over 90 days.")
        Integer size;
    }

    @Option(names = "--seed", defaultValue = "1", description = "Random seed for --size. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--until", defaultValue = "2026-11-20T00:00:00Z", paramLabel = "ISO-INSTANT",
            description = "End of the history. Default: ${DEFAULT-VALUE}.")
    private Instant until;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        SellerHistoryGenerator generator = what.sample ? SellerHistoryGenerator.sampleSeller(until)
                : SellerHistoryGenerator.ofSize(seed, until, what.size);
        List<SellerEvent> events = generator.events();
        if (out == null) {
            EventWriter.write(events, spec.commandLine().getOut());
        } else {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                EventWriter.write(events, writer);
            }
        }
        return 0;
    }
}
