package dev.accounthealth.internal.drools;

import dev.accounthealth.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BehaviorDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

/**
 * Finds what in a rule set would run by the clock rather than by the evaluation's instants: a
 * {@code timer}, {@code duration} or {@code calendars} attribute, a type declared with
 * {@code @expires}, a sliding time window ({@code over window:time(…)}).
 *
 * <p>Such a rule set cannot be evaluated as the engine evaluates: a report is as of an explicit
 * instant, the same events giving the same report, and Drools would fire a timer by the
 * session's real-time clock, on a thread of its own, in a session that runs without thread
 * safety (one thread per session is what makes a report cheap). A rule says from when until when
 * through {@code classify} and the deadlines' instants instead.
 */
final class ClockDrivenRules {
    private static final Set<String> CLOCK_ATTRIBUTES = Set.of("timer", "duration", "calendars");
    private static final String WHY = ": the rules are evaluated as of an instant given, never by the clock;"
            + " say from when until when through classify or a deadline's instant instead";

    private ClockDrivenRules() {
    }

    /**
     * The problems, one for each use of the clock, where each is written; none for a rule set
     * that does not use it.
     */
    static List<RuleProblem> in(List<ParsedDrl> files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (ParsedDrl file : files) {
            String name = file.name();
            String[] lines = file.lines();
            PackageDescr drl = file.drl();
            for (AttributeDescr attribute : drl.getAttributes()) {
                if (CLOCK_ATTRIBUTES.contains(attribute.getName())) {
                    problems.add(atWord(name, lines, attribute, drl, attribute.getName(),
                            "the package's rules have the attribute " + attribute.getName() + WHY));
                }
            }
            for (TypeDeclarationDescr type : drl.getTypeDeclarations()) {
                AnnotationDescr expires = type.getAnnotation("expires");
                if (expires != null) {
                    problems.add(atWord(name, lines, expires, type, "@expires",
                            "type " + type.getTypeName() + " is declared with @expires" + WHY));
                }
            }
            for (WindowDeclarationDescr window : drl.getWindowDeclarations()) {
                slidingTimeWindows(window.getPattern(), name, "window " + window.getName(), window, problems);
            }
            for (RuleDescr rule : drl.getRules()) {
                for (AttributeDescr attribute : rule.getAttributes().values()) {
                    if (CLOCK_ATTRIBUTES.contains(attribute.getName())) {
                        problems.add(atWord(name, lines, attribute, rule, attribute.getName(),
                                "rule \"" + rule.getName() + "\" has the attribute " + attribute.getName() + WHY));
                    }
                }
                slidingTimeWindows(rule.getLhs(), name, "rule \"" + rule.getName() + "\"", rule, problems);
            }
        }
        return problems;
    }

    private static void slidingTimeWindows(BaseDescr condition, String file, String owner, BaseDescr ownerDescr,
                                           List<RuleProblem> problems) {
        if (condition == null) {
            return;
        }
        if (condition instanceof PatternDescr pattern) {
            for (BehaviorDescr behavior : pattern.getBehaviors()) {
                if ("time".equals(behavior.getSubType())) {
                    problems.add(problem(file, behavior.getLine() > 0 ? behavior : pattern, ownerDescr,
                            owner + " slides a time window over " + pattern.getObjectType() + WHY));
                }
            }
            slidingTimeWindows(pattern.getSource(), file, owner, ownerDescr, problems);
        } else if (condition instanceof AccumulateDescr accumulate) {
            slidingTimeWindows(accumulate.getInput(), file, owner, ownerDescr, problems);
        } else if (condition instanceof CollectDescr collect) {
            slidingTimeWindows(collect.getInputPattern(), file, owner, ownerDescr, problems);
        } else if (condition instanceof ConditionalElementDescr element) {
            for (BaseDescr inner : element.getDescrs()) {
                slidingTimeWindows(inner, file, owner, ownerDescr, problems);
            }
        }
    }

    /**
     * A problem at the word that names it ({@code timer}, {@code @expires}): the parser places an
     * attribute at its value and an annotation nowhere, so the word is looked for from the line it
     * gave, or from the line of what it belongs to, on.
     */
    private static RuleProblem atWord(String file, String[] lines, BaseDescr at, BaseDescr owner, String word,
                                      String message) {
        RuleProblem placed = problem(file, at, owner, message);
        for (int line = Math.max(placed.line(), 1); line <= lines.length; line++) {
            int column = lines[line - 1].indexOf(word);
            if (column >= 0) {
                return new RuleProblem(file, line, column + 1, message);
            }
        }
        return placed;
    }

    /** A problem at a part of the DRL, or at what it belongs to when the parser gave the part no place. */
    private static RuleProblem problem(String file, BaseDescr at, BaseDescr owner, String message) {
        BaseDescr placed = at.getLine() > 0 ? at : owner;
        return new RuleProblem(file, Math.max(placed.getLine(), 0), Math.max(placed.getColumn(), 0) + 1, message);
    }
}
