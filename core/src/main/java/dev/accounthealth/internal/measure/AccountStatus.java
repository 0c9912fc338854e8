package dev.accounthealth.internal.measure;

import dev.accounthealth.report.HealthStatus;

/** The status the rules gave the account as a whole. */
public final class AccountStatus {
    private final HealthStatus status;

    public AccountStatus(HealthStatus status) {
        this.status = status;
    }

    public HealthStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "account " + status;
    }
}
