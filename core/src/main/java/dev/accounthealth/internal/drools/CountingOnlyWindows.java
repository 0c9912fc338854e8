package dev.accounthealth.internal.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Whether the only use a rule set makes of a metric window is to count over it: every rule that
 * matches a {@code MetricWindow} matches it once, plainly, reads none of its instants (nor its
 * moment) in any condition, and has for its whole action
 * <pre>{@code
 * insertLogical($w.count(…).among(…));            // or countGood, with .enforcedWhenAny(…) at the end
 * }</pre>
 * over that window and the facts it joins. Such a rule's conclusion depends on where the window
 * stands only through the count: when a live session moves a window and counting it again gives
 * a count equal to the one concluded, the rule would conclude that same count again, so the
 * window need not be put through the rules at all. Any other use of a window (a condition on its
 * {@code from} or {@code to}, a window in {@code not}, {@code exists} or {@code accumulate}, an
 * action that does anything else) makes every move go through the rules, as it always may.
 *
 * <p>The check reads the DRL as written, conservatively: a rule that might read an instant of its
 * window, by its words, counts as one that does.
 */
final class CountingOnlyWindows {
    private static final Pattern WINDOW_TYPE = Pattern.compile("(?:.*\\.)?MetricWindow");
    /** A window's instants and moment, by field or by getter: what a condition must not read. */
    private static final Pattern INSTANTS = Pattern.compile("\\b(?:from|to|moment|getFrom|getTo|getMoment|follow)\\b");

    private CountingOnlyWindows() {
    }

    /** Whether every rule of the packages that matches a window only counts over it. */
    static boolean in(List<PackageDescr> packages) {
        for (PackageDescr drl : packages) {
            for (RuleDescr rule : drl.getRules()) {
                if (!countsOnly(rule)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean countsOnly(RuleDescr rule) {
        List<PatternDescr> patterns = new ArrayList<>();
        List<PatternDescr> nested = new ArrayList<>();
        collect(rule.getLhs(), patterns, nested, true);
        List<PatternDescr> windows = patterns.stream().filter(CountingOnlyWindows::isWindow).toList();
        if (nested.stream().anyMatch(CountingOnlyWindows::isWindow)) {
            return false;
        }
        if (windows.isEmpty()) {
            return true;
        }
        if (rule instanceof QueryDescr || windows.size() != 1) {
            return false;
        }
        PatternDescr window = windows.get(0);
        String name = window.getIdentifier();
        if (name == null || window.getSource() != null || !window.getBehaviors().isEmpty()
                || INSTANTS.matcher(constraints(window)).find()) {
            return false;
        }
        Pattern readsInstants = Pattern.compile(Pattern.quote(name) + "\\s*\\.\\s*" + INSTANTS.pattern());
        for (PatternDescr other : patterns) {
            if (other != window && readsInstants.matcher(constraints(other)).find()) {
                return false;
            }
        }
        return countingAction(rule, name);
    }

    /** Whether the rule's whole action is one logical insert of a count over the window, reading nothing else of it. */
    private static boolean countingAction(RuleDescr rule, String window) {
        Object consequence = rule.getConsequence();
        if (!(consequence instanceof String text)) {
            return false;
        }
        String code = text.replaceAll("//[^\\n]*", "").replaceAll("\\s+", "");
        String w = Pattern.quote(window);
        String argument = "(?:(?!" + w + ")[^;])*?";
        return code.matches("insertLogical\\(" + w + "\\.count(?:Good)?\\(" + argument + "\\)\\.among\\(" + argument
                + "\\)(?:\\.enforcedWhenAny\\(" + argument + "\\))?\\);");
    }

    /**
     * The patterns of a condition: those every match holds ({@code top}, under {@code and} alone)
     * and those under {@code not}, {@code exists}, {@code or}, {@code forall} or in a source.
     */
    private static void collect(BaseDescr condition, List<PatternDescr> top, List<PatternDescr> nested,
                                boolean atTop) {
        if (condition == null) {
            return;
        }
        if (condition instanceof PatternDescr pattern) {
            (atTop && pattern.getSource() == null ? top : nested).add(pattern);
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), top, nested, false);
            }
        } else if (condition instanceof AccumulateDescr accumulate) {
            collect(accumulate.getInput(), top, nested, false);
        } else if (condition instanceof CollectDescr collect) {
            collect(collect.getInputPattern(), top, nested, false);
        } else if (condition instanceof ConditionalElementDescr element) {
            boolean and = condition instanceof AndDescr;
            for (BaseDescr inner : element.getDescrs()) {
                collect(inner, top, nested, atTop && and);
            }
        }
    }

    private static boolean isWindow(PatternDescr pattern) {
        return pattern.getObjectType() != null && WINDOW_TYPE.matcher(pattern.getObjectType()).matches();
    }

    /** The text of a pattern's constraints, each on its own. */
    private static String constraints(PatternDescr pattern) {
        StringBuilder text = new StringBuilder();
        expressions(pattern.getConstraint(), text);
        return text.toString();
    }

    private static void expressions(Object descr, StringBuilder text) {
        if (descr instanceof ExprConstraintDescr expression) {
            text.append(expression.getExpression()).append('\n');
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr inner : element.getDescrs()) {
                expressions(inner, text);
            }
        } else if (descr instanceof BaseDescr other && other.getText() != null) {
            text.append(other.getText()).append('\n');
        }
    }
}
