package dev.accounthealth.internal.report;

import dev.accounthealth.internal.forecast.DueBatch;
import dev.accounthealth.internal.forecast.Forecast;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricVerdict;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.MetricAtRisk;
import dev.accounthealth.report.MetricFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deadline risk of the report: for each batch of deadlines falling due soon, the metrics of
 * its marketplace whose figures just after the batch is due differ between the roll-off path
 * (the batch met) and the same path with the batch missed. A batch that would change no metric
 * then is left out.
 */
final class DeadlineRisks {
    private DeadlineRisks() {
    }

    /**
     * @param onPath the roll-off path as of each batch's {@link DueBatch#missedAt()}
     */
    static List<DeadlineRisk> of(Forecast forecast, List<DueBatch> batches, Map<Instant, Assessment> onPath) {
        List<DeadlineRisk> risks = new ArrayList<>();
        for (DueBatch batch : batches) {
            Assessment met = onPath.get(batch.missedAt());
            Assessment missed = Assessment.of(forecast.missing(batch));
            List<MetricAtRisk> metrics = new ArrayList<>();
            for (Map.Entry<MetricKey, MetricVerdict> entry : met.verdicts.entrySet()) {
                MetricKey key = entry.getKey();
                MetricVerdict ifMissed = missed.verdicts.get(key);
                if (key.marketplace() != batch.marketplace() || ifMissed == null) {
                    continue;
                }
                MetricFigures metFigures = figures(entry.getValue());
                MetricFigures missedFigures = figures(ifMissed);
                if (!metFigures.equals(missedFigures)) {
                    metrics.add(new MetricAtRisk(key.metric(), key.channel(), key.days(), metFigures, missedFigures));
                }
            }
            if (!metrics.isEmpty()) {
                risks.add(new DeadlineRisk(batch.marketplace(), batch.kind(), batch.dueDate(), batch.due(),
                        batch.refs(), met.statuses.get(batch.marketplace()).getStatus(),
                        missed.statuses.get(batch.marketplace()).getStatus(), metrics));
            }
        }
        return risks;
    }

    private static MetricFigures figures(MetricVerdict verdict) {
        MetricCount count = verdict.getCount();
        return new MetricFigures(count.getNumerator(), count.getDenominator(), ReportBuilder.rate(count),
                verdict.getStatus());
    }
}
