package dev.accounthealth.internal.drools;

import dev.accounthealth.RuleFile;
import dev.accounthealth.RuleProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.internal.builder.InternalKieBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;

/**
 * Puts a compile error in a rule's action ({@code then} block) at its place in the DRL file.
 *
 * <p>Drools compiles each action as a method of a generated Java class and reports its errors
 * at the rule's first line, column 0. The Java compiler knew better: it gives the line and the
 * offending token in the generated source. That source is written out only on request, so when
 * an action fails to compile the rules are built once more with Drools' dump directory set,
 * and each error is carried back: the generated method holds the action's lines one for one,
 * the first indented by four spaces, the others as written (Drools only adds {@code drools.}
 * before calls such as {@code insert}); the token is then found among the same words of the
 * DRL line. An error that cannot be carried back keeps the place Drools gave it.
 */
final class ActionErrors {
    /** What Drools puts before the message of an error in an action. */
    static final String PREFIX = "Rule Compilation error";
    private static final String KIE_BASE = "rules";
    private static final String METHOD = "public static void defaultConsequence(";
    private static final String INDENT = "    ";

    private ActionErrors() {
    }

    /** Whether any of the problems is an error in an action. */
    static boolean any(List<RuleProblem> problems) {
        return problems.stream().anyMatch(p -> p.message().startsWith(PREFIX));
    }

    /**
     * The problems with each error in an action put at its place.
     *
     * @param write writes the rule files into a fresh file system, as the first build did
     * @param files the DRL files by their path in that file system
     * @param locations how the rule set names each file, by its path
     */
    static List<RuleProblem> locate(List<RuleProblem> problems, Consumer<KieFileSystem> write,
            Map<String, RuleFile> files, Map<String, String> locations, String resources) {
        Path dump;
        try {
            dump = Files.createTempDirectory("account-health-rules");
        } catch (IOException e) {
            return problems;
        }
        try {
            List<RuleProblem> located = located(write, dump, files, locations, resources);
            if (located.isEmpty()) {
                return problems;
            }
            List<RuleProblem> all = new ArrayList<>();
            problems.stream().filter(p -> !p.message().startsWith(PREFIX)).forEach(all::add);
            all.addAll(located);
            all.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column).thenComparing(RuleProblem::message));
            return all;
        } finally {
            delete(dump);
        }
    }

    private static List<RuleProblem> located(Consumer<KieFileSystem> write, Path dump,
            Map<String, RuleFile> files, Map<String, String> locations, String resources) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        write.accept(fileSystem);
        KieModuleModel module = services.newKieModuleModel();
        module.newKieBaseModel(KIE_BASE).setDefault(true);
        module.setConfigurationProperty("drools.dump.dir", dump.toString());
        InternalKieBuilder builder = ((InternalKieBuilder) services.newKieBuilder(fileSystem)).withKModuleModel(module);
        builder.buildAll();
        KnowledgeBuilder knowledge = ((InternalKieModule) builder.getKieModuleIgnoringErrors())
                .getKnowledgeBuilderForKieBase(KIE_BASE);
        List<RuleProblem> located = new ArrayList<>();
        if (knowledge == null) {
            return located;
        }
        for (KnowledgeBuilderResult result : knowledge.getErrors()) {
            if (result instanceof DescrBuildError error && error.getDescr() instanceof RuleDescr rule
                    && error.getObject() instanceof CompilationProblem[] compiled && rule.getResource() != null) {
                String path = rule.getResource().getSourcePath();
                path = path.startsWith(resources) ? path.substring(resources.length()) : path;
                RuleFile file = files.get(path);
                if (file == null) {
                    continue;
                }
                for (CompilationProblem problem : compiled) {
                    Optional<int[]> place = place(rule, file.content(), dump.resolve(problem.getFileName()), problem);
                    if (place.isEmpty()) {
                        return List.of();
                    }
                    located.add(new RuleProblem(locations.getOrDefault(path, path), place.get()[0], place.get()[1],
                            PREFIX + " in the action of rule \"" + rule.getName() + "\": " + problem.getMessage()));
                }
            }
        }
        return located;
    }

    /** The line and column, from 1, in the DRL of where the compiler put the problem. */
    private static Optional<int[]> place(RuleDescr rule, String drl, Path generatedFile, CompilationProblem problem) {
        String generated;
        try {
            generated = Files.readString(generatedFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] lines = generated.split("\n", -1);
        int method = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(METHOD)) {
                method = i;
            }
        }
        // The method opens with two lines of its own; the action's first line comes next.
        int first = method + 3;
        int line = problem.getStartLine() - 1;
        if (method < 0 || first >= lines.length || line < first || line >= lines.length
                || !lines[first - 1].contains("KnowledgeHelper drools")) {
            return Optional.empty();
        }
        int lineStart = 0;
        for (int i = 0; i < line; i++) {
            lineStart += lines[i].length() + 1;
        }
        String generatedLine = lines[line];
        // The Eclipse compiler counts from the start of the file, javac from the start of the line.
        int start = problem.getStartColumn();
        int column = start >= lineStart && start <= lineStart + generatedLine.length() ? start - lineStart : start - 1;
        int end = problem.getEndColumn() - (start - column);
        if (column < 0 || column > generatedLine.length()) {
            return Optional.empty();
        }
        String token = generatedLine.substring(column, Math.max(column, Math.min(end + 1, generatedLine.length())));

        int[] action = actionStart(rule, drl);
        if (action == null) {
            return Optional.empty();
        }
        String[] drlLines = drl.split("\n", -1);
        int drlLine = action[0] + (line - first);
        if (drlLine >= drlLines.length) {
            return Optional.empty();
        }
        String written = drlLines[drlLine];
        int writtenFrom = drlLine == action[0] ? action[1] : 0;
        int generatedFrom = line == first ? INDENT.length() : 0;
        return Optional.of(new int[] {drlLine + 1,
                matching(written, writtenFrom, generatedLine, generatedFrom, column, token) + 1});
    }

    /**
     * Where the action's text starts in the DRL: the first character after {@code then} that is
     * not white space, as line and column from 0.
     */
    private static int[] actionStart(RuleDescr rule, String drl) {
        String[] lines = drl.split("\n", -1);
        int line = rule.getConsequenceLine() - 1;
        if (line < 0 || line >= lines.length) {
            return null;
        }
        int column = lines[line].indexOf("then", Math.max(rule.getConsequencePattern(), 0));
        if (column < 0) {
            return null;
        }
        column += "then".length();
        while (line < lines.length) {
            while (column < lines[line].length() && Character.isWhitespace(lines[line].charAt(column))) {
                column++;
            }
            if (column < lines[line].length()) {
                return new int[] {line, column};
            }
            line++;
            column = 0;
        }
        return null;
    }

    /**
     * The column, from 0, in the written line of the token the compiler found at {@code column}
     * of the generated line: the same occurrence of the same token, counted from where each
     * line's action text starts. When the token is not there, the start of the written text.
     */
    private static int matching(String written, int writtenFrom, String generated, int generatedFrom, int column,
            String token) {
        for (String word : tokenAndWithoutPrefix(token)) {
            int at = column + (token.length() - word.length());
            int occurrence = 0;
            for (int i = generated.indexOf(word, generatedFrom); i >= 0 && i < at; i = generated.indexOf(word, i + 1)) {
                occurrence++;
            }
            int found = written.indexOf(word, writtenFrom);
            for (int n = 0; n < occurrence && found >= 0; n++) {
                found = written.indexOf(word, found + 1);
            }
            if (found >= 0) {
                return found;
            }
        }
        int first = writtenFrom;
        while (first < written.length() && Character.isWhitespace(written.charAt(first))) {
            first++;
        }
        return first;
    }

    /** The token, and without the {@code drools.} Drools put before it, when it did. */
    private static List<String> tokenAndWithoutPrefix(String token) {
        if (token.isBlank()) {
            return List.of();
        }
        return token.startsWith("drools.") ? List.of(token, token.substring("drools.".length())) : List.of(token);
    }

    /**
     * Removes the generated sources. A failure to is not worth hiding the rules' own errors
     * behind: what is left is a temporary directory, which the system cleans up in its time.
     */
    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            directory.toFile().deleteOnExit();
        }
    }
}
