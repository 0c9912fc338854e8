package dev.accounthealth.streams;

import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.MarketplaceHealth;
import dev.accounthealth.report.Outlook;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The next instant at which time alone, with no new event, may change a status, as a report
 * tells it: the first instant of the outlook (the roll-off path) at which a status differs from
 * today's, the instant just after a deadline whose miss the deadline risk says changes a status,
 * and the instant just after each open deadline the risk did not weigh (due beyond its
 * look-ahead). A deadline missed counts strictly after its due instant, hence the second after.
 */
final class WakeUp {
    private static final Duration JUST_AFTER = Duration.ofSeconds(1);

    private WakeUp() {
    }

    static Optional<Instant> after(AccountHealthReport report) {
        Instant asOf = report.asOf();
        Instant next = null;
        for (Outlook outlook : report.outlook()) {
            if (outlook.at().isAfter(asOf) && differs(report, outlook)) {
                next = earliest(next, outlook.at());
                break;
            }
        }
        Set<String> weighed = new HashSet<>();
        for (DeadlineRisk risk : report.deadlineRisk()) {
            weighed.addAll(risk.refs());
            if (risk.statusIfMissed() != risk.statusIfMet()) {
                next = earliest(next, risk.due().plus(JUST_AFTER));
            }
        }
        for (Deadline deadline : report.deadlines()) {
            if (!deadline.overdue() && deadline.due().isAfter(asOf) && !weighed.contains(deadline.ref())) {
                next = earliest(next, deadline.due().plus(JUST_AFTER));
            }
        }
        return Optional.ofNullable(next).filter(at -> at.isAfter(asOf));
    }

    private static boolean differs(AccountHealthReport report, Outlook outlook) {
        if (outlook.status() != report.status()) {
            return true;
        }
        for (MarketplaceHealth marketplace : report.marketplaces()) {
            var projected = outlook.marketplaces().get(marketplace.marketplace());
            if (projected != null && projected != marketplace.status()) {
                return true;
            }
        }
        return false;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
