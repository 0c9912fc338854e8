package dev.accounthealth.amazon;

/** Told how far reading has got, for a progress line on a long input. */
@FunctionalInterface
public interface ReadProgress {
    /**
     * Called after each row read (a report line, a response object, a notification, an event
     * line), whatever became of it.
     *
     * @param source the source being read
     * @param rows the rows read from it so far
     */
    void rowsRead(String source, long rows);
}
