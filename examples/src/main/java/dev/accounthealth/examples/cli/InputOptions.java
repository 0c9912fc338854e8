package dev.accounthealth.examples.cli;

import dev.accounthealth.InputCoverage;
import dev.accounthealth.amazon.AccountStatusChange;
import dev.accounthealth.amazon.AmazonReader;
import dev.accounthealth.amazon.InputKind;
import dev.accounthealth.amazon.SellerEventSource;
import dev.accounthealth.amazon.SellerInputs;
import dev.accounthealth.event.Marketplace;
import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.RejectedLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The inputs of {@code evaluate} and {@code reconcile}: JSON Lines events and Amazon's files, read together. */
final class InputOptions {
    @Option(names = "--events", paramLabel = "FILE",
            description = "JSON Lines file of events; '-' reads standard input.")
    String events;

    @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
            description = "Seller Central reports (All Orders, Returns, Seller Feedback, FBA customer returns), "
                    + "saved SP-API responses (Orders API searchOrders, getOrders, getOrderItems; Finances API), "
                    + "notifications (ORDER_CHANGE, ACCOUNT_STATUS_CHANGED) or JSON Lines events; each file's kind "
                    + "is recognised from its header or JSON shape. Mixable with --events.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--marketplace", paramLabel = "CODE",
            description = "The marketplace of the Returns, Seller Feedback and FBA returns reports, whose dates have "
                    + "no time zone, e.g. US or FR.")
    String marketplace;

    @Option(names = "--lenient",
            description = "Set malformed lines and rows aside (they are listed in the output) instead of stopping at the first.")
    boolean lenient;

    final List<RejectedLine> rejected = new ArrayList<>();
    final List<AccountStatusChange> statusChanges = new ArrayList<>();

    /**
     * The inputs read together, merged (see {@link SellerInputs#events()}), or, when no --input is
     * given, the one JSON Lines file as its reader reads it.
     */
    Read open(CommandSpec spec, PrintWriter err) throws IOException {
        if (events == null && inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --events FILE or --input FILE...");
        }
        ProgressLine progress = new ProgressLine(err);
        AmazonReader reader = (lenient ? AmazonReader.lenient(rejected::add) : AmazonReader.strict())
                .progress(progress).accountStatusChanges(statusChanges::add);
        if (marketplace != null) {
            reader = reader.marketplace(Marketplace.find(marketplace).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "--marketplace: unknown marketplace '"
                            + marketplace + "': expected one of " + java.util.Arrays.toString(Marketplace.values()))));
        }
        List<SellerEventSource> sources = new ArrayList<>();
        if (events != null) {
            if ("-".equals(events)) {
                sources.add(standardInput(reader));
            } else {
                readable("--events", Path.of(events));
                sources.add(reader.source(Path.of(events), InputKind.JSON_LINES));
            }
        }
        for (Path input : inputs) {
            readable("--input", input);
            InputKind kind = AmazonReader.recognise(input);
            if (kind.needsMarketplace() && marketplace == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), input + " is a " + kind.description()
                        + ", whose dates have no time zone: say which marketplace it is from with --marketplace");
            }
            sources.add(reader.source(input, kind));
        }
        if (inputs.isEmpty()) {
            // The library's own events need no merging: one file streams from the reader into the
            // evaluation, nothing of it held on the way.
            return new Read(sources.get(0).events().onClose(progress::done), Optional.empty());
        }
        SellerInputs all = SellerInputs.of(sources);
        Optional<InputCoverage> coverage = inputs.isEmpty() ? Optional.empty() : Optional.of(all.coverage());
        return new Read(all.events().onClose(progress::done), coverage);
    }

    /** The inputs' names, for a message. */
    String names() {
        List<String> names = new ArrayList<>();
        if (events != null) {
            names.add("-".equals(events) ? "<stdin>" : events);
        }
        inputs.forEach(input -> names.add(input.toString()));
        return String.join(", ", names);
    }

    /** A file that cannot be read says why at once, in a shell's words. */
    private static void readable(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new InputError("cannot read " + option + " " + file + ": is a directory");
        }
        try {
            Files.newInputStream(file).close();
        } catch (IOException e) {
            throw new InputError("cannot read " + option + " " + file + ": " + InputError.reason(e));
        }
    }

    /** The events, and what they can tell when Amazon's files are among them. */
    record Read(Stream<SellerEvent> events, Optional<InputCoverage> coverage) {
    }

    private static SellerEventSource standardInput(AmazonReader reader) {
        return new SellerEventSource() {
            @Override
            public String name() {
                return "<stdin>";
            }

            @Override
            public InputKind kind() {
                return InputKind.JSON_LINES;
            }

            @Override
            public Stream<SellerEvent> events() {
                return reader.events(System.in, name(), InputKind.JSON_LINES);
            }
        };
    }
}
