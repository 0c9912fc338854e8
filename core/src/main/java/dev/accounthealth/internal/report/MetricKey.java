package dev.accounthealth.internal.report;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.report.Channel;

/** What identifies one metric of one marketplace in a report. */
record MetricKey(Marketplace marketplace, String metric, Channel channel, int days, int lagDays) {

    static MetricKey of(MetricCount count) {
        MetricDefinition definition = count.getDefinition();
        return new MetricKey(count.getMarketplace(), definition.getMetric(), definition.getChannel(),
                definition.getDays(), definition.getLagDays());
    }

    @Override
    public String toString() {
        return metric + " " + channel + " " + days + " d" + (lagDays == 0 ? "" : " (lag " + lagDays + " d)")
                + " in " + marketplace;
    }
}
