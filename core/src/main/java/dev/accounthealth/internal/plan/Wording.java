package dev.accounthealth.internal.plan;

import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.report.MetricResult;
import dev.accounthealth.report.TargetCondition;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan-of-action templates of one language, from the rule set's files. Every sentence the
 * library writes comes from here; a missing template is an error that names the file and key.
 */
public final class Wording {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale;
    private final String file;
    private final Properties texts;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Map<String, List<String>> numberedKeys = new ConcurrentHashMap<>();
    private final Map<String, List<String>> constantSentences = new ConcurrentHashMap<>();
    private final PercentFormat percents;
    private final ThreadLocal<NumberFormat> numbers;

    private Wording(Locale locale, String file, Properties texts) {
        this.locale = locale;
        this.file = file;
        this.texts = texts;
        this.percents = new PercentFormat(locale);
        this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
    }

    /**
     * The templates of a language: {@code plan-of-action_<language>.properties}, or the default
     * {@code plan-of-action.properties} when the rule set has no file for that language. A rule
     * set without templates uses those of the default rules.
     */
    public static Wording of(RuleSet rules, Locale locale) {
        Map<String, RuleFile> templates = rules.templates();
        if (templates.isEmpty()) {
            templates = RuleSet.defaults().templates();
            rules = RuleSet.defaults();
        }
        RuleFile chosen = templates.getOrDefault(locale.getLanguage(), templates.get(""));
        if (chosen == null) {
            throw new RuleSetException("no plan-of-action template for " + locale.toLanguageTag()
                    + " and no default plan-of-action.properties", List.of());
        }
        Properties texts = new Properties();
        try {
            texts.load(new StringReader(chosen.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new RuleSetException("cannot read " + rules.location(chosen), e);
        }
        return new Wording(locale, rules.location(chosen), texts);
    }

    public Locale locale() {
        return locale;
    }

    /** Fills a template; it must exist. */
    public String text(String key, Object... arguments) {
        Template template = templates.get(key);
        if (template == null) {
            String pattern = texts.getProperty(key);
            if (pattern == null) {
                throw new IllegalStateException(file + ": no template '" + key + "'");
            }
            template = templates.computeIfAbsent(key, k -> new Template(pattern, locale, numbers));
        }
        return template.fill(arguments);
    }

    /** A template that may be absent, e.g. the wording of a claim reason the file does not know. */
    public Optional<String> optional(String key, Object... arguments) {
        return texts.containsKey(key) ? Optional.of(text(key, arguments)) : Optional.empty();
    }

    /** Every key with this prefix and a numeric suffix, in order: {@code prefix.1}, {@code prefix.2}… */
    public List<String> numbered(String prefix, Object... arguments) {
        List<String> keys = numberedKeys.computeIfAbsent(prefix, p -> {
            List<String> found = new ArrayList<>();
            for (int i = 1; texts.containsKey(p + "." + i); i++) {
                found.add(p + "." + i);
            }
            return List.copyOf(found);
        });
        if (arguments.length == 0) {
            return constantSentences.computeIfAbsent(prefix, p -> keys.stream().map(this::text).toList());
        }
        List<String> sentences = new ArrayList<>(keys.size());
        for (String key : keys) {
            sentences.add(text(key, arguments));
        }
        return sentences;
    }

    /**
     * Checks that every key exists.
     *
     * @throws RuleSetException naming the file and each missing key
     */
    public void require(Collection<String> keys) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String key : keys) {
            if (!texts.containsKey(key)) {
                problems.add(new RuleProblem(file, 0, 0, "no template '" + key + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("the plan-of-action templates are incomplete", problems);
        }
    }

    /** A fraction as a percentage in this language: 0.2622 → "26.23 %" or "26,23 %". */
    public String percent(BigDecimal fraction) {
        return percents.format(fraction);
    }

    /** A metric's target as a phrase: "under 4 %", "over 95 %", "at most 0". */
    public String target(MetricResult metric) {
        return target(metric.targetCondition(), metric.targetValue());
    }

    /** A target as a person reads it: "under 4 %", "at most 0". */
    public String target(TargetCondition condition, BigDecimal value) {
        return text("target." + condition, condition == TargetCondition.AT_MOST ? value.toPlainString() : percent(value));
    }

    /** An instant as a person reads it, in a time zone: "2026-11-16 23:59 (Europe/Paris)". */
    public String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
