package dev.accounthealth.examples.cli;

import dev.accounthealth.amazon.ReadProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A line on standard error that says how far reading has got, for inputs that take more than a
 * couple of seconds; short inputs print nothing. It measures elapsed time only to decide when to
 * speak: no figure of the report depends on it.
 */
final class ProgressLine implements ReadProgress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void rowsRead(String source, long rows) {
        if ((rows & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        err.printf(Locale.ROOT, "\rreading %s: %,d rows", source, rows);
        err.flush();
    }

    /** Ends the line, if one was shown. */
    void done() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
