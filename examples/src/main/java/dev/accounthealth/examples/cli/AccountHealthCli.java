package dev.accounthealth.examples.cli;

import dev.accounthealth.RuleSet;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code account-health} command: evaluate a seller's events (JSON Lines, Seller Central
 * reports, saved SP-API responses), reconcile them with Amazon's Account Health report, or write
 * a generated history.
 *
 * <p>Exit status: 0 when the work is done, 1 when {@code --fail-on} is reached, 2 for a usage,
 * input or rule error (the message says which file, line and field).
 */
@Command(name = "account-health",
        mixinStandardHelpOptions = true,
        versionProvider = AccountHealthCli.Version.class,
        description = "Where a seller's Amazon account stands against the Seller Central Account Health targets.",
        subcommands = {EvaluateCommand.class, HistoryCommand.class, ReconcileCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class AccountHealthCli {
    /** Exit status when {@code --fail-on} is reached. */
    static final int FAILED_ON_STATUS = 1;
    /** Exit status for usage and input errors: picocli's own for usage errors. */
    static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

    private AccountHealthCli() {
    }

    /** Runs the command; what it prints is UTF-8 whatever the platform's locale. */
    public static void main(String[] args) {
        System.exit(run(utf8(System.out), utf8(System.err), args));
    }

    /** A report names orders, SKUs and carriers in any script: a locale's charset would lose them. */
    static PrintWriter utf8(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    /** Runs the command with the given output streams, returning the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AccountHealthCli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("account-health: " + e.getMessage());
                    return BAD_INPUT;
                });
        return commandLine.execute(args);
    }

    /** The library version and the default rules' version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"account-health " + RuleSet.defaults().version(),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
