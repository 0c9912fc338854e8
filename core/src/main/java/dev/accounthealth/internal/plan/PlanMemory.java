package dev.accounthealth.internal.plan;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Channel;
import dev.accounthealth.report.PlanOfAction;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The plans of a live session's last report, by what each was written from: at the next report,
 * a plan whose marketplace and windows read the same (figures, verdicts, recovery, root causes)
 * is taken as it is rather than worded again. Only the last report's plans are kept. One per
 * session, used by one thread at a time.
 */
public final class PlanMemory {
    private final boolean remembers;
    private Map<Slot, Written> last = new HashMap<>();
    private Map<Slot, Written> written = new HashMap<>();

    private PlanMemory(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memory for the reports of one session. */
    public static PlanMemory forSession() {
        return new PlanMemory(true);
    }

    /** No memory: every plan is written afresh. */
    public static PlanMemory none() {
        return new PlanMemory(false);
    }

    PlanOfAction plan(PlanWriter.Reading reading, Function<PlanWriter.Reading, PlanOfAction> write) {
        if (!remembers) {
            return write.apply(reading);
        }
        // Found by what the plan is about, then compared whole: a reading's hash would walk every
        // figure and root cause of its windows at every report.
        Slot slot = Slot.of(reading);
        Written before = last.get(slot);
        PlanOfAction plan = before != null && before.reading.equals(reading) ? before.plan : write.apply(reading);
        written.put(slot, new Written(reading, plan));
        return plan;
    }

    void reportWritten() {
        if (remembers) {
            last = written;
            written = new HashMap<>();
        }
    }

    /** What a plan is about: one metric of one channel in one marketplace. */
    private record Slot(Marketplace marketplace, String metric, Channel channel) {
        static Slot of(PlanWriter.Reading reading) {
            PlanWriter.WindowReading first = reading.windows().get(0);
            return new Slot(reading.marketplace(), first.metric(), first.channel());
        }
    }

    private record Written(PlanWriter.Reading reading, PlanOfAction plan) {
    }
}
