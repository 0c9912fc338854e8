package dev.accounthealth.internal.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Whether the only use a rule set makes of a metric window is to count over it, so that a live
 * session that moves a window and finds its counts the same when counted again may leave it out
 * of the rules: they would conclude the same counts again, and nothing downstream would change.
 *
 * <p>The check reads the DRL and accepts only what it can see is safe, in the shapes the default
 * rules are written in; anything else sends every moved window through the rules, as it always may:
 * <ul>
 *   <li>a rule that matches a {@code MetricWindow} has only plain patterns, all at the top of its
 *       condition (no {@code not}, {@code exists}, {@code or}, {@code eval}, {@code from},
 *       {@code accumulate}, named consequences), one of them the window, constrained only by
 *       {@code metric} or {@code channel} equal to a literal or a field of another pattern; the
 *       others name the window only in {@code $w.appliesTo(field)}; its attributes are at most a
 *       {@code salience}; and its whole action is
 *       <pre>{@code insertLogical($w.count(…).among(…));   // or countGood, .enforcedWhenAny(…) at the end}</pre>
 *       each argument a string literal or a getter of another pattern's fact;
 *   <li>a rule that matches what moves or what is concluded from it (a moment, a count, a verdict,
 *       a status finding or status, a trend alert) does nothing but {@code insertLogical}: it
 *       deletes, modifies and classifies nothing, so no count a move leaves standing is taken away
 *       or judged on changed classes.
 * </ul>
 */
final class CountingOnlyWindows {
    private static final Pattern WINDOW_TYPE = Pattern.compile("(?:.*\\.)?MetricWindow");
    /** What a move changes, or what is concluded from what it changes. */
    private static final Pattern DOWNSTREAM_TYPE = Pattern.compile(
            "(?:.*\\.)?(?:MetricWindow|Moment|MetricCount|MetricVerdict|StatusFinding|MarketplaceStatus|AccountStatus"
                    + "|TrendAlert)");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("salience");
    private static final Pattern WINDOW_CONSTRAINT = Pattern.compile(
            "(?:metric|channel)\\s*==\\s*(?:\"[^\"\\\\]*\"|\\$\\w+\\.\\w+|[A-Z]\\w*(?:\\.\\w+)+)");
    private static final String ARGUMENT = "(?:\"[^\"\\\\]*\"|\\$\\w+\\.get\\w+\\(\\))";
    /** Statements of logical inserts only, none that reaches the session or the classification otherwise. */
    private static final Pattern LOGICAL_INSERTS = Pattern.compile("(?:insertLogical\\([^;]*\\);)+");
    private static final Pattern REACHES_OUT = Pattern.compile(
            "\\b(?:drools|kcontext|classify|delete|retract|modify|update|insert)\\b\\s*[.(]");

    private CountingOnlyWindows() {
    }

    /** Whether every rule of the packages uses windows only to count over them, in the shapes above. */
    static boolean in(List<PackageDescr> packages) {
        for (PackageDescr drl : packages) {
            for (RuleDescr rule : drl.getRules()) {
                List<PatternDescr> patterns = new ArrayList<>();
                boolean plain = plainPatterns(rule.getLhs(), patterns);
                if (patterns.stream().anyMatch(p -> matches(WINDOW_TYPE, p))) {
                    if (!plain || !countsOnly(rule, patterns)) {
                        return false;
                    }
                } else if (mentions(rule.getLhs(), DOWNSTREAM_TYPE) && !insertsLogicallyOnly(rule)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Collects the patterns of a condition, all of them; true when each is plain and at the top
     * (under {@code and} only, with no source and no window behaviour) and nothing else is there.
     */
    private static boolean plainPatterns(BaseDescr condition, List<PatternDescr> patterns) {
        boolean plain = true;
        if (condition instanceof AndDescr and) {
            for (BaseDescr inner : and.getDescrs()) {
                if (inner instanceof PatternDescr pattern && pattern.getSource() == null
                        && pattern.getBehaviors().isEmpty()) {
                    patterns.add(pattern);
                } else {
                    plain = false;
                    collect(inner, patterns);
                }
            }
        } else if (condition != null) {
            plain = false;
            collect(condition, patterns);
        }
        return plain;
    }

    private static void collect(Object condition, List<PatternDescr> patterns) {
        if (condition instanceof PatternDescr pattern) {
            patterns.add(pattern);
            collect(pattern.getSource(), patterns);
        } else if (condition instanceof ConditionalElementDescr element) {
            for (BaseDescr inner : element.getDescrs()) {
                collect(inner, patterns);
            }
        } else if (condition instanceof org.drools.drl.ast.descr.AccumulateDescr accumulate) {
            collect(accumulate.getInput(), patterns);
        } else if (condition instanceof org.drools.drl.ast.descr.CollectDescr collect) {
            collect(collect.getInputPattern(), patterns);
        }
    }

    /** Whether a condition names a type, in a pattern or in any text of it: conservatively, by its words. */
    private static boolean mentions(BaseDescr condition, Pattern type) {
        List<PatternDescr> patterns = new ArrayList<>();
        collect(condition, patterns);
        return patterns.stream().anyMatch(p -> matches(type, p));
    }

    private static boolean matches(Pattern type, PatternDescr pattern) {
        return pattern.getObjectType() != null && type.matcher(pattern.getObjectType()).matches();
    }

    private static boolean countsOnly(RuleDescr rule, List<PatternDescr> patterns) {
        if (rule instanceof QueryDescr || !rule.getNamedConsequences().isEmpty() || !onlySalience(rule.getAttributes())) {
            return false;
        }
        List<PatternDescr> windows = patterns.stream().filter(p -> matches(WINDOW_TYPE, p)).toList();
        if (windows.size() != 1) {
            return false;
        }
        PatternDescr window = windows.get(0);
        String name = window.getIdentifier();
        if (name == null || !name.matches("\\$?\\w+")) {
            return false;
        }
        for (String constraint : constraints(window)) {
            if (!WINDOW_CONSTRAINT.matcher(constraint.strip()).matches()) {
                return false;
            }
        }
        Pattern appliesTo = Pattern.compile(Pattern.quote(name) + "\\s*\\.\\s*appliesTo\\s*\\(\\s*\\w+\\s*\\)");
        Pattern named = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        for (PatternDescr other : patterns) {
            if (other == window) {
                continue;
            }
            for (String constraint : constraints(other)) {
                if (named.matcher(appliesTo.matcher(constraint).replaceAll("")).find()) {
                    return false;
                }
            }
        }
        String w = Pattern.quote(name);
        String arguments = "(?:" + ARGUMENT + "(?:," + ARGUMENT + ")*)";
        String action = code(rule);
        return action != null && action.matches("insertLogical\\(" + w + "\\.count(?:Good)?\\(" + arguments
                + "\\)\\.among\\(" + ARGUMENT + "\\)(?:\\.enforcedWhenAny\\(" + ARGUMENT + "\\))?\\);")
                && !action.replaceFirst(w, "").matches(".*" + w + "(?![\\w$]).*");
    }

    private static boolean onlySalience(Map<String, AttributeDescr> attributes) {
        for (AttributeDescr attribute : attributes.values()) {
            if (!ALLOWED_ATTRIBUTES.contains(attribute.getName()) || !attribute.getValue().strip().matches("-?\\d+")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the rule's whole action is logical inserts, reaching nothing else. */
    private static boolean insertsLogicallyOnly(RuleDescr rule) {
        if (rule instanceof QueryDescr) {
            return true;
        }
        String action = code(rule);
        return rule.getNamedConsequences().isEmpty() && action != null && LOGICAL_INSERTS.matcher(action).matches()
                && !REACHES_OUT.matcher(action.replace("insertLogical(", "")).find();
    }

    /** The rule's action without comments or white space; {@code null} when it is not plain text. */
    private static String code(RuleDescr rule) {
        if (!(rule.getConsequence() instanceof String text)) {
            return null;
        }
        if (text.contains("/*")) {
            return null;
        }
        return text.replaceAll("(?m)^\\s*//.*$", "").replaceAll("\\s+", "");
    }

    /** The text of each constraint of a pattern. */
    private static List<String> constraints(PatternDescr pattern) {
        List<String> texts = new ArrayList<>();
        expressions(pattern.getConstraint(), texts);
        return texts;
    }

    private static void expressions(Object descr, List<String> texts) {
        if (descr instanceof ExprConstraintDescr expression) {
            texts.add(expression.getExpression());
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr inner : element.getDescrs()) {
                expressions(inner, texts);
            }
        } else if (descr instanceof BaseDescr other && other.getText() != null) {
            texts.add(other.getText());
        }
    }
}
