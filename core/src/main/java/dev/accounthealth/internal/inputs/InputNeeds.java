package dev.accounthealth.internal.inputs;

import dev.accounthealth.InputCoverage;
import dev.accounthealth.InputData;
import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.internal.measure.UnmeasurableMetric;
import dev.accounthealth.internal.plan.Wording;
import dev.accounthealth.report.AccountHealthReport;
import dev.accounthealth.report.Deadline;
import dev.accounthealth.report.DeadlineRisk;
import dev.accounthealth.report.MetricInputs;
import dev.accounthealth.report.ReportInputs;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The rule set's table of what each metric and deadline needs from a seller's inputs
 * ({@code metric-inputs.properties}), and what follows for one evaluation's inputs: the metrics
 * the rules must leave unmeasured, and the report's account of what each was computed from.
 */
public final class InputNeeds {
    private final Map<String, Set<InputData>> needs = new TreeMap<>();
    private final Map<String, Set<InputData>> also = new TreeMap<>();
    private final Map<String, Set<InputData>> deadlines = new TreeMap<>();
    private final SortedSet<String> metrics;
    private final Wording wording;

    private InputNeeds(SortedSet<String> metrics, Wording wording) {
        this.metrics = metrics;
        this.wording = wording;
    }

    /** The templates the reasons are worded with, in every language: {@link #reason} needs each. */
    public static List<String> templateKeys() {
        List<String> keys = new ArrayList<>(List.of("inputs.measured", "inputs.partial", "inputs.notMeasurable",
                "inputs.separator"));
        for (InputData data : InputData.values()) {
            keys.add("inputs.missing." + data.name());
            keys.add("inputs.source." + data.name());
        }
        return keys;
    }

    /**
     * Reads the table of a rule set.
     *
     * @param metrics the metrics the rules define
     * @param wording words the reasons, in the evaluator's language
     * @throws RuleSetException naming the file and key of a name that is no {@link InputData}, or of
     *     a key that is not one of the table's
     */
    public static InputNeeds of(RuleSet rules, SortedSet<String> metrics, Wording wording) {
        InputNeeds table = new InputNeeds(metrics, wording);
        if (rules.metricInputs().isEmpty()) {
            return table;
        }
        RuleFile file = rules.metricInputs().get();
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file.content()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.path() + " from memory", e);
        }
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith("deadline.") && key.endsWith(".needs")) {
                table.deadlines.put(key.substring("deadline.".length(), key.length() - ".needs".length()),
                        data(rules, file, key, value));
            } else if (key.endsWith(".needs")) {
                table.needs.put(key.substring(0, key.length() - ".needs".length()), data(rules, file, key, value));
            } else if (key.endsWith(".also")) {
                table.also.put(key.substring(0, key.length() - ".also".length()), data(rules, file, key, value));
            } else {
                throw new RuleSetException(rules.location(file) + ": " + key + ": not a key of this table; expected "
                        + "<metric>.needs, <metric>.also or deadline.<kind>.needs (what the report says is missing, "
                        + "and where to get it, is worded in plan-of-action*.properties: inputs.missing.<name>, "
                        + "inputs.source.<name>)", List.of());
            }
        }
        return table;
    }

    private static Set<InputData> data(RuleSet rules, RuleFile file, String key, String value) {
        EnumSet<InputData> set = EnumSet.noneOf(InputData.class);
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                set.add(single(rules, file, key, name.strip()));
            }
        }
        return set;
    }

    private static InputData single(RuleSet rules, RuleFile file, String key, String name) {
        try {
            return InputData.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleSetException(rules.location(file) + ": " + key + ": '" + name + "' is no input data; "
                    + "expected one of " + java.util.Arrays.toString(InputData.values()), e);
        }
    }

    /** The facts that leave unmeasured every metric whose needs the inputs lack. */
    public List<Object> facts(InputCoverage coverage) {
        Set<InputData> given = coverage.provided();
        List<Object> facts = new ArrayList<>();
        for (String metric : metrics) {
            if (!lacking(needs.getOrDefault(metric, Set.of()), given).isEmpty()) {
                facts.add(new UnmeasurableMetric(metric));
            }
        }
        return facts;
    }

    /**
     * The report with what each metric was computed from and lacks, and without the deadlines
     * (nor the risks of missing them) whose needs the inputs lack.
     */
    public AccountHealthReport account(AccountHealthReport report, InputCoverage coverage) {
        Set<InputData> given = coverage.provided();
        List<MetricInputs> accounts = new ArrayList<>();
        for (String metric : metrics) {
            Set<InputData> needed = needs.getOrDefault(metric, Set.of());
            Set<InputData> better = also.getOrDefault(metric, Set.of());
            List<InputData> lacking = lacking(needed, given);
            List<InputData> partial = lacking(better, given);
            List<String> from = new ArrayList<>();
            for (InputCoverage.Input input : coverage.inputs()) {
                if (input.provides().stream().anyMatch(d -> needed.contains(d) || better.contains(d))) {
                    from.add(input.name());
                }
            }
            MetricInputs.Measurability status = !lacking.isEmpty() ? MetricInputs.Measurability.NOT_MEASURABLE
                    : !partial.isEmpty() ? MetricInputs.Measurability.PARTIAL : MetricInputs.Measurability.MEASURED;
            accounts.add(new MetricInputs(metric, status, from, lacking, partial, reason(status, lacking, partial)));
        }
        List<Deadline> kept = new ArrayList<>();
        for (Deadline deadline : report.deadlines()) {
            if (lacking(deadlines.getOrDefault(deadline.kind(), Set.of()), given).isEmpty()) {
                kept.add(deadline);
            }
        }
        List<DeadlineRisk> risks = new ArrayList<>();
        for (DeadlineRisk risk : report.deadlineRisk()) {
            if (lacking(deadlines.getOrDefault(risk.kind(), Set.of()), given).isEmpty()) {
                risks.add(risk);
            }
        }
        return report.withInputs(new ReportInputs(coverage.inputs(), accounts), kept, risks);
    }

    private String reason(MetricInputs.Measurability status, List<InputData> lacking, List<InputData> partial) {
        return switch (status) {
            case MEASURED -> wording.text("inputs.measured");
            case PARTIAL -> wording.text("inputs.partial", words(missing(partial)), words(where(partial)));
            case NOT_MEASURABLE -> wording.text("inputs.notMeasurable", words(missing(lacking)), words(where(lacking)));
        };
    }

    private List<String> missing(List<InputData> data) {
        return data.stream().map(d -> wording.text("inputs.missing." + d.name())).toList();
    }

    private Collection<String> where(List<InputData> data) {
        LinkedHashSet<String> where = new LinkedHashSet<>();
        data.forEach(d -> where.add(wording.text("inputs.source." + d.name())));
        return where;
    }

    private String words(Collection<String> parts) {
        return String.join(wording.text("inputs.separator"), parts);
    }

    private static List<InputData> lacking(Set<InputData> needed, Set<InputData> given) {
        return needed.stream().filter(d -> !given.contains(d)).sorted().toList();
    }
}
