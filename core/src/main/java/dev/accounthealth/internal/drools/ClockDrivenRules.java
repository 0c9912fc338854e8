package dev.accounthealth.internal.drools;

import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Finds what in a rule set would run by the clock rather than by the evaluation's instants: a
 * {@code timer}, {@code duration}, {@code calendars}, {@code date-effective} or
 * {@code date-expires} attribute, a type declared with {@code @expires}, a sliding time window
 * ({@code over window:time(…)}).
 *
 * <p>Such a rule set cannot be evaluated as the engine evaluates: a report is as of an explicit
 * instant, the same events giving the same report, and Drools would fire a timer by the
 * session's real-time clock, on a thread of its own, in a session that runs without thread
 * safety (one thread per session is what makes a report cheap). A rule says from when until when
 * through {@code classify} and the deadlines' instants instead.
 */
final class ClockDrivenRules {
    /** Timers fire by the clock; calendars and effective or expiry dates enable a rule by it. */
    private static final Set<String> CLOCK_ATTRIBUTES = Set.of("timer", "duration", "calendars", "date-effective",
            "date-expires");
    private static final Pattern EXPIRES = Pattern.compile("@[Ee]xpires\\b");
    private static final String WHY = ": the rules are evaluated as of an instant given, never by the clock;"
            + " say from when until when through classify or a deadline's instant instead";

    private ClockDrivenRules() {
    }

    /**
     * The problems, one for each use of the clock, where each is written; none for a rule set
     * that does not use it. The files are those of a rule set that compiled, parsed once more; a
     * file the parser cannot read again says nothing.
     *
     * @param locations how the rule set names each file, by its path
     */
    static List<RuleProblem> in(List<RuleFile> files, Map<String, String> locations) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : files) {
            DrlParser parser = new DrlParser();
            PackageDescr drl;
            try {
                drl = parser.parse(false, file.content());
            } catch (DroolsParserException e) {
                continue;
            }
            if (drl == null || parser.hasErrors()) {
                continue;
            }
            String name = locations.getOrDefault(file.path(), file.path());
            List<String> lines = List.of(file.content().split("\\R", -1));
            Set<String> packageWide = new HashSet<>();
            for (AttributeDescr attribute : drl.getAttributes()) {
                if (CLOCK_ATTRIBUTES.contains(attribute.getName())) {
                    packageWide.add(attribute.getName());
                    problems.add(atAttribute(name, lines, attribute, drl,
                            "the package's rules have the attribute " + attribute.getName() + WHY));
                }
            }
            for (TypeDeclarationDescr type : drl.getTypeDeclarations()) {
                AnnotationDescr expires = type.getAnnotation("expires");
                if (expires == null) {
                    expires = type.getAnnotation("Expires");
                }
                if (expires != null) {
                    problems.add(atAnnotation(name, lines, expires, type,
                            "type " + type.getTypeName() + " is declared with @expires" + WHY));
                }
            }
            for (WindowDeclarationDescr window : drl.getWindowDeclarations()) {
                slidingTimeWindows(window.getPattern(), name, "window " + window.getName(), window, problems);
            }
            for (RuleDescr rule : drl.getRules()) {
                for (AttributeDescr attribute : rule.getAttributes().values()) {
                    // The parser gives each rule the package's attributes too: said once, for the package.
                    if (CLOCK_ATTRIBUTES.contains(attribute.getName()) && !packageWide.contains(attribute.getName())) {
                        problems.add(atAttribute(name, lines, attribute, rule,
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
     * A problem at the attribute's name: the parser places an attribute at its value, so the name
     * is the last one before it, on that line or on the lines above, down to its rule's first.
     */
    private static RuleProblem atAttribute(String file, List<String> lines, AttributeDescr attribute, BaseDescr owner,
                                           String message) {
        RuleProblem placed = problem(file, attribute, owner, message);
        int first = Math.max(owner.getLine(), 1);
        for (int line = placed.line(); line >= first && line >= 1 && line <= lines.size(); line--) {
            String text = lines.get(line - 1);
            int before = line == placed.line() ? Math.max(placed.column() - 1, 0) : text.length();
            int column = text.lastIndexOf(attribute.getName(), before);
            if (column >= 0) {
                return new RuleProblem(file, line, column + 1, message);
            }
        }
        return placed;
    }

    /**
     * A problem at {@code @expires}: the parser places an annotation nowhere, so it is looked for
     * from the first line of its type on.
     */
    private static RuleProblem atAnnotation(String file, List<String> lines, AnnotationDescr annotation,
                                            BaseDescr owner, String message) {
        RuleProblem placed = problem(file, annotation, owner, message);
        for (int line = Math.max(placed.line(), 1); line <= lines.size(); line++) {
            Matcher found = EXPIRES.matcher(lines.get(line - 1));
            if (found.find()) {
                return new RuleProblem(file, line, found.start() + 1, message);
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
