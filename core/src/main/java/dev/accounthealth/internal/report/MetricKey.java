package dev.accounthealth.internal.report;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.measure.MetricCount;
import dev.accounthealth.internal.measure.MetricDefinition;
import dev.accounthealth.report.Channel;

/** What identifies one metric of one marketplace in a report, in the order a report lists them. */
record MetricKey(Marketplace marketplace, String metric, Channel channel, int days, int lagDays)
        implements Comparable<MetricKey> {

    static MetricKey of(MetricCount count) {
        MetricDefinition definition = count.getDefinition();
        return new MetricKey(count.getMarketplace(), definition.getMetric(), definition.getChannel(),
                definition.getDays(), definition.getLagDays());
    }

    /** By marketplace, metric, channel, window length and lag: every instant of a history compares many. */
    @Override
    public int compareTo(MetricKey other) {
        int order = marketplace.compareTo(other.marketplace);
        if (order == 0) {
            order = metric.compareTo(other.metric);
        }
        if (order == 0) {
            order = channel.compareTo(other.channel);
        }
        if (order == 0) {
            order = Integer.compare(days, other.days);
        }
        return order != 0 ? order : Integer.compare(lagDays, other.lagDays);
    }

    @Override
    public String toString() {
        return metric + " " + channel + " " + days + " d" + (lagDays == 0 ? "" : " (lag " + lagDays + " d)")
                + " in " + marketplace;
    }
}
