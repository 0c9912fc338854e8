package dev.accounthealth.internal.drools;

import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleProblem;
import dev.accounthealth.RuleSet;
import dev.accounthealth.RuleSetException;
import dev.accounthealth.internal.facts.SellerHistory;
import dev.accounthealth.internal.measure.Classification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.internal.builder.InternalKieBuilder;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set compiled once into a Drools knowledge base. The knowledge base is immutable and
 * shared; each run gets a session of its own, so runs may go on in parallel.
 */
public final class CompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    private static final String RESOURCES = "src/main/resources/";
    private static final String NO_PACKAGE = "Parser returned a null Package";
    private static final Pattern LINE_COLUMN = Pattern.compile("(?:\\[Line: (\\d+), Column: (\\d+)\\]|Line (\\d+):(\\d+))");

    private final KieBase kieBase;
    /**
     * A session serves one thread ({@link RuleSession}): without thread safety, Drools queues the
     * propagations of each insert and firing in a plain list rather than a synchronized one, and
     * runs its agenda without atomic state changes, at every one of the thousands per report.
     * Never changed once made, so every session shares it, as Drools shares its default one;
     * making one costs more than a small evaluation.
     */
    private final KieSessionConfiguration sessionOptions = sessionOptions();
    private final Set<String> ruleNames;
    /** Whether a rule file declares the classification global; a rule set may classify nothing. */
    private final boolean classifies;

    private CompiledRules(KieBase kieBase) {
        this.kieBase = kieBase;
        TreeSet<String> names = new TreeSet<>();
        boolean declared = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
            declared |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(RuleSession.CLASSIFY));
        }
        this.ruleNames = Set.copyOf(names);
        this.classifies = declared;
    }

    /**
     * Compiles a rule set.
     *
     * @throws RuleSetException listing each compilation error as {@code file:line:column message}, or
     *     each use of the clock (a timer, an expiring type, a sliding time window), which the sessions
     *     cannot run
     */
    public static CompiledRules compile(RuleSet rules) {
        long start = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.accounthealth.compiled", "rules-" + UUID.randomUUID(), "1");
        fileSystem.generateAndWritePomXML(releaseId);
        write(fileSystem, rules);
        Map<String, String> locations = new HashMap<>();
        Map<String, RuleFile> files = new HashMap<>();
        for (RuleFile file : rules.drlFiles()) {
            locations.put(file.path(), rules.location(file));
            files.put(file.path(), file);
        }
        KieBuilder builder = ((InternalKieBuilder) services.newKieBuilder(fileSystem))
                .withKModuleModel(moduleWithClassReactivity(services)).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<RuleProblem> problems = problems(errors, locations);
            if (ActionErrors.any(problems)) {
                problems = ActionErrors.locate(problems, again -> {
                    again.generateAndWritePomXML(services.newReleaseId("dev.accounthealth.compiled",
                            "rules-" + UUID.randomUUID(), "1"));
                    write(again, rules);
                }, files, locations, RESOURCES);
            }
            throw new RuleSetException("the rules do not compile", problems);
        }
        List<RuleProblem> clocked = ClockDrivenRules.in(rules.drlFiles(), locations);
        if (!clocked.isEmpty()) {
            throw new RuleSetException("the rules run by the clock, which an evaluation as of an instant cannot",
                    clocked);
        }
        try {
            KieBase kieBase = services.newKieContainer(releaseId).newKieBase(immutable(services));
            CompiledRules compiled = new CompiledRules(kieBase);
            LOG.debug("compiled {} rules from {} in {} ms", compiled.ruleNames.size(), rules,
                    (System.nanoTime() - start) / 1_000_000);
            return compiled;
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * No rule is added to or taken from a rule base once built, so Drools may keep each session's
     * facts in a plain identity store rather than one by class, and let go at once of a fact no
     * rule can match (a session then holds no handle for it: it is put in again when it changes).
     */
    private static KieBaseConfiguration immutable(KieServices services) {
        KieBaseConfiguration options = services.newKieBaseConfiguration();
        options.setOption(KieBaseMutabilityOption.DISABLED);
        return options;
    }

    private static KieSessionConfiguration sessionOptions() {
        KieSessionConfiguration options = KieServices.Factory.get().newKieSessionConfiguration();
        options.setOption(ThreadSafeOption.NO);
        return options;
    }

    /**
     * No rule modifies a fact (facts are inserted, conclusions inserted logically), so property
     * reactivity, the default, buys nothing here; while analysing it, Drools warns about every
     * constraint on a variable of another pattern, dozens of warnings per build that no user can
     * act on. Class reactivity gives the same matches without the analysis.
     */
    private static KieModuleModel moduleWithClassReactivity(KieServices services) {
        KieModuleModel module = services.newKieModuleModel();
        module.setConfigurationProperty(PropertySpecificOption.PROPERTY_NAME, PropertySpecificOption.ALLOWED.toString());
        return module;
    }

    private static void write(KieFileSystem fileSystem, RuleSet rules) {
        for (RuleFile file : rules.drlFiles()) {
            fileSystem.write(RESOURCES + file.path(), file.content());
        }
    }

    private static List<RuleProblem> problems(List<Message> errors, Map<String, String> locations) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message error : errors) {
            String path = error.getPath() == null ? "?" : error.getPath();
            if (path.startsWith(RESOURCES)) {
                path = path.substring(RESOURCES.length());
            }
            String file = locations.getOrDefault(path, path);
            int line = Math.max(error.getLine(), 0);
            int column = Math.max(error.getColumn(), 0);
            Matcher m = LINE_COLUMN.matcher(error.getText());
            if (m.find()) {
                int parsedLine = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
                // The parser counts columns from 0, the expression analyser from 1; report both from 1.
                column = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(4)) + 1;
                if (line == 0) {
                    line = parsedLine;
                }
            }
            String text = error.getText().strip().replaceAll("\\s*\\n\\s*", " ");
            if (!text.contains(NO_PACKAGE)) {
                problems.add(new RuleProblem(file, line, column, text));
            }
        }
        // A file that does not parse leaves its package without its declared types, so every other
        // file of the package reports errors that are only consequences: show the cause alone.
        List<RuleProblem> syntax = problems.stream().filter(p -> p.message().startsWith("[ERR ")).toList();
        List<RuleProblem> shown = new ArrayList<>(syntax.isEmpty() ? problems : syntax);
        shown.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column).thenComparing(RuleProblem::message));
        return shown;
    }

    /** The names of every rule, for coverage checks. */
    public Set<String> ruleNames() {
        return ruleNames;
    }

    /**
     * Opens a session over a folded history: its facts are inserted and the rules they call for
     * run (tables, classification, deadlines); count the figures with {@link RuleSession#countAt}.
     *
     * @throws RuleSetException when a rule fails while it runs
     */
    public RuleSession open(SellerHistory history) {
        return open(history, List.of(), FiringLog.Watch.FIRINGS, false);
    }

    /**
     * As {@link #open(SellerHistory)}, with facts the rules see beside the history (what the
     * inputs cannot measure).
     */
    public RuleSession open(SellerHistory history, List<?> given) {
        return open(history, given, FiringLog.Watch.FIRINGS, false);
    }

    /**
     * As {@link #open(SellerHistory)}, listing every fact put in the session
     * ({@link RuleSession#factsPutIn()}): for reading what the rules declare, once per rule set.
     */
    public RuleSession openListingFacts(SellerHistory history) {
        return open(history, List.of(), FiringLog.Watch.FIRINGS, true);
    }

    /**
     * As {@link #open(SellerHistory, List)}, for the figures alone: the session does not watch its
     * rules fire, so its outcome has no firings and no matching rules to give
     * ({@link RuleOutcome#firings()} and {@link RuleOutcome#matchersOf} fail), and costs less per
     * conclusion.
     */
    public RuleSession openForFigures(SellerHistory history, List<?> given) {
        return open(history, given, FiringLog.Watch.CONCLUSIONS, false);
    }

    /**
     * Opens a session to keep between reports: its rule firings count only the matches that
     * stand, as a session opened afresh over the same facts would count them.
     *
     * @throws RuleSetException when a rule fails while it runs
     */
    public RuleSession openToKeep(SellerHistory history) {
        return open(history, List.of(), FiringLog.Watch.NET_FIRINGS, false);
    }

    /** A bare Drools session of the rule base, with the options every run has. */
    KieSession newSession() {
        return kieBase.newKieSession(sessionOptions, null);
    }

    private RuleSession open(SellerHistory history, List<?> given, FiringLog.Watch watch, boolean listsFacts) {
        KieSession session = newSession();
        FiringLog log = new FiringLog(watch);
        log.listenTo(session);
        Classification classification = new Classification();
        if (classifies) {
            session.setGlobal(RuleSession.CLASSIFY, classification);
        }
        RuleSession run = new RuleSession(session, log, classification, listsFacts);
        try {
            run.evaluateAt(history.evaluation().getAsOf());
            for (Object fact : history.facts()) {
                session.insert(fact);
            }
            for (Object fact : given) {
                session.insert(fact);
            }
            run.fire();
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }
}
