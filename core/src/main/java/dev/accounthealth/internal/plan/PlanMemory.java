package dev.accounthealth.internal.plan;

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
    private Map<PlanWriter.Reading, PlanOfAction> last = new HashMap<>();
    private Map<PlanWriter.Reading, PlanOfAction> written = new HashMap<>();

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
        PlanOfAction plan = last.get(reading);
        if (plan == null) {
            plan = write.apply(reading);
        }
        written.put(reading, plan);
        return plan;
    }

    void reportWritten() {
        if (remembers) {
            last = written;
            written = new HashMap<>();
        }
    }
}
