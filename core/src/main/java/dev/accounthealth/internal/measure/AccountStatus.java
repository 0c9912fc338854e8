package dev.accounthealth.internal.measure;

import dev.accounthealth.report.HealthStatus;

/** The status the rules gave the account as a whole at a moment. */
public final class AccountStatus {
    private final Moment moment;
    private final HealthStatus status;

    public AccountStatus(Moment moment, HealthStatus status) {
        this.moment = moment;
        this.status = status;
    }

    public Moment getMoment() {
        return moment;
    }

    public HealthStatus getStatus() {
        return status;
    }

    /** The same status at the same moment (the same object, wherever it has moved to). */
    @Override
    public boolean equals(Object object) {
        return object instanceof AccountStatus other && moment == other.moment && status == other.status;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(moment) * 31 + status.hashCode();
    }

    @Override
    public String toString() {
        return "account " + status + " at " + moment;
    }
}
