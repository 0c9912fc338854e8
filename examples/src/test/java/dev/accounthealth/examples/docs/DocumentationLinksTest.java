package dev.accounthealth.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of every Markdown file of the repository (README files, docs, the
 * change log) resolves inside the repository, to a file or folder that exists and, for a link
 * to a heading, to a heading that exists. A clone must be readable on its own.
 */
class DocumentationLinksTest {
    /** The tests run in the module's folder, one below the repository's root. */
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<Path> files = markdownFiles(REPOSITORY);
        assertTrue(files.contains(REPOSITORY.resolve("README.md")), files.toString());
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            broken.addAll(brokenLinks(REPOSITORY, file));
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void aLinkOutsideTheRepositoryAMissingFileOrAMissingHeadingIsReported(@TempDir Path dir) throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Files.createDirectories(repository.resolve("docs"));
        Files.writeString(repository.resolve("docs/events.md"), "# Events\n\n## Rules of the stream\n");
        Files.writeString(dir.resolve("outside.md"), "# Outside\n");
        Files.writeString(repository.resolve("README.md"), """
                # Title
                [ok](docs/events.md) [ok](docs/events.md#rules-of-the-stream) [ok](#title) [ok](https://example.com/x)
                [outside](../outside.md)
                [missing](docs/metrics.md)
                [no heading](docs/events.md#reader-limits)
                ```
                [in code](nowhere.md)
                ```
                """);
        assertEquals(List.of(
                "README.md:3: ../outside.md is outside the repository",
                "README.md:4: docs/metrics.md does not exist",
                "README.md:5: docs/events.md#reader-limits names no heading of docs/events.md"),
                brokenLinks(repository, repository.resolve("README.md")));
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            String name = part.toString();
                            if (name.equals("target") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    private static List<String> brokenLinks(Path root, Path file) throws IOException {
        List<String> broken = new ArrayList<>();
        String where = root.relativize(file).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(file);
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            Matcher m = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (m.find()) {
                String target = m.group(1);
                if (EXTERNAL.matcher(target).find()) {
                    continue;
                }
                String problem = problem(root, file, target);
                if (problem != null) {
                    broken.add(where + ":" + (i + 1) + ": " + target + " " + problem);
                }
            }
        }
        return broken;
    }

    private static String problem(Path root, Path file, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return "is outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "does not exist";
        }
        if (anchor != null && resolved.toString().endsWith(".md") && !headings(resolved).contains(anchor)) {
            return "names no heading of " + root.relativize(resolved).toString().replace('\\', '/');
        }
        return null;
    }

    /** The anchors of a Markdown file's headings, as a Markdown renderer makes them. */
    private static Set<String> headings(Path file) {
        Set<String> anchors = new HashSet<>();
        try {
            boolean inCode = false;
            for (String line : Files.readAllLines(file)) {
                if (line.strip().startsWith("```")) {
                    inCode = !inCode;
                } else if (!inCode && line.startsWith("#")) {
                    String title = line.replaceFirst("^#+\\s*", "").strip();
                    anchors.add(title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return anchors;
    }
}
