package dev.accounthealth.internal.facts;

import java.time.Instant;

/** The instant an evaluation is made as of: every "by now" in the rules means this. */
public final class Evaluation {
    private final Instant asOf;

    public Evaluation(Instant asOf) {
        this.asOf = asOf;
    }

    public Instant getAsOf() {
        return asOf;
    }
}
