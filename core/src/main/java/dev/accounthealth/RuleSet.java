package dev.accounthealth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The DRL files an evaluator is built from — every target, window, margin, enforcement level
 * and classification lives in them — and, beside them, the plan-of-action templates
 * ({@code plan-of-action.properties} in English, {@code plan-of-action_fr.properties} in French,
 * and so on for other languages) and the table of what each metric needs from the inputs
 * ({@code metric-inputs.properties}).
 *
 * <p>A rule author changes a threshold by copying the defaults to a directory, editing a
 * number, and building an evaluator from that directory:
 * <pre>{@code
 * RuleSet.defaults().copyTo(Path.of("my-rules"));
 * // edit my-rules/dev/accounthealth/rules/shipping.drl: lessThan("0.04") -> lessThan("0.03")
 * AccountHealthEvaluator evaluator = AccountHealthEvaluator.builder()
 *     .rules(RuleSet.fromDirectory(Path.of("my-rules")))
 *     .build();
 * }</pre>
 *
 * <p>A rule set is an immutable value; loading reads the files once.
 *
 * <p>DRL is code: the action ({@code then} block) of a rule is Java that runs inside
 * {@code evaluate}, with the rights of the process. A rule file can end the JVM
 * ({@code System.exit}), write or delete files, or open connections, and nothing in the report
 * shows it. Load rules only from a place that only you, or people you would let run programs
 * there, can change; the command-line tool refuses a directory that is writable by others or
 * owned by someone else.
 */
public final class RuleSet {
    /** Where the default rules live on the classpath (module {@code account-health-rules}). */
    public static final String DEFAULT_LOCATION = "dev/accounthealth/rules";
    private static final String TEMPLATE_NAME = "plan-of-action";
    private static final String METRIC_INPUTS = "metric-inputs.properties";

    private final List<RuleFile> files;
    private final String version;
    private final String base;

    private RuleSet(List<RuleFile> files, String version, String base) {
        this.files = List.copyOf(files);
        this.version = version;
        this.base = base;
    }

    /**
     * The rules that ship with the library, from the {@code account-health-rules} artifact.
     *
     * @throws IllegalStateException when that artifact is not on the classpath
     */
    public static RuleSet defaults() {
        ClassLoader loader = RuleSet.class.getClassLoader();
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(DEFAULT_LOCATION + "/rules.properties")) {
            if (in == null) {
                throw new IllegalStateException("the default rules are not on the classpath: add the artifact "
                        + "dev.accounthealth:account-health-rules");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default rules' version", e);
        }
        List<RuleFile> files = readClasspath(loader, DEFAULT_LOCATION);
        return new RuleSet(files, properties.getProperty("version", "unknown"), "");
    }

    /**
     * Every {@code .drl} file and plan-of-action template under a classpath directory, such as
     * {@code com/example/rules}, as seen by the context class loader (or this library's, when
     * there is none).
     */
    public static RuleSet fromClasspath(String directory) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(loader != null ? loader : RuleSet.class.getClassLoader(), directory);
    }

    /** Every {@code .drl} file under a classpath directory, as seen by the given class loader. */
    public static RuleSet fromClasspath(ClassLoader loader, String directory) {
        List<RuleFile> files = readClasspath(loader, trimSlashes(directory));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .drl file under classpath directory " + directory);
        }
        return new RuleSet(files, digest(files), "");
    }

    /**
     * Every {@code .drl} file and plan-of-action template under a directory, its subdirectories
     * included. The files are code that the evaluator runs (see above): this method trusts the
     * directory, and checks neither its owner nor its permissions.
     *
     * @throws IllegalArgumentException when the directory does not exist or holds no DRL file
     * @throws UncheckedIOException when a file cannot be read
     */
    public static RuleSet fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory: " + directory);
        }
        TreeMap<String, RuleFile> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.filter(RuleSet::belongs)::iterator) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                files.put(relative, new RuleFile(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + directory, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .drl file under " + directory);
        }
        List<RuleFile> list = new ArrayList<>(files.values());
        return new RuleSet(list, digest(list), directory.toString() + "/");
    }

    /** The files, DRL and templates, in path order. */
    public List<RuleFile> files() {
        return files;
    }

    /** The DRL files, in path order. */
    public List<RuleFile> drlFiles() {
        return files.stream().filter(f -> f.path().endsWith(".drl")).toList();
    }

    /**
     * The plan-of-action templates, by language: {@code ""} for the default (English) file,
     * {@code "fr"} for {@code plan-of-action_fr.properties}.
     */
    public java.util.Map<String, RuleFile> templates() {
        java.util.Map<String, RuleFile> templates = new TreeMap<>();
        for (RuleFile file : files) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (name.startsWith(TEMPLATE_NAME) && name.endsWith(".properties")) {
                String suffix = name.substring(TEMPLATE_NAME.length(), name.length() - ".properties".length());
                templates.put(suffix.startsWith("_") ? suffix.substring(1) : suffix, file);
            }
        }
        return templates;
    }

    /**
     * The table of what each metric needs from a seller's inputs ({@code metric-inputs.properties}
     * beside the DRL files), when the rule set has one: see {@link InputCoverage}.
     */
    public java.util.Optional<RuleFile> metricInputs() {
        return files.stream().filter(f -> f.path().endsWith("/" + METRIC_INPUTS) || f.path().equals(METRIC_INPUTS))
                .findFirst();
    }

    private static boolean belongs(Path path) {
        return belongs(path.getFileName().toString());
    }

    private static boolean belongs(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".drl") || name.startsWith(TEMPLATE_NAME) && name.endsWith(".properties")
                || name.equals(METRIC_INPUTS);
    }

    /**
     * The default rules' release version, or {@code sha256:} and the first 12 hex digits of a
     * digest of the files for any other rule set, so a report names the rules that made it.
     */
    public String version() {
        return version;
    }

    /** Where a file of this rule set is, as a rule author would open it. */
    public String location(RuleFile file) {
        return base + file.path();
    }

    /**
     * Writes every file under a directory, at its path, creating folders as needed: the starting
     * point for editing a copy of the rules.
     */
    public void copyTo(Path directory) {
        try {
            for (RuleFile file : files) {
                Path target = directory.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rules to " + directory, e);
        }
    }

    @Override
    public String toString() {
        return "RuleSet " + version + " " + files.stream().map(RuleFile::path).toList();
    }

    private static String trimSlashes(String directory) {
        String trimmed = directory.replace('\\', '/');
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static List<RuleFile> readClasspath(ClassLoader loader, String directory) {
        TreeMap<String, RuleFile> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(directory);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> paths = Files.walk(dir)) {
                        for (Path path : (Iterable<Path>) paths.filter(RuleSet::belongs)::iterator) {
                            String name = directory + "/" + dir.relativize(path).toString().replace('\\', '/');
                            files.putIfAbsent(name, new RuleFile(name, Files.readString(path, StandardCharsets.UTF_8)));
                        }
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            String name = entry.getName();
                            if (name.startsWith(directory + "/") && belongs(name)) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    files.putIfAbsent(name, new RuleFile(name,
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                                }
                            }
                        }
                    }
                } else {
                    throw new IllegalArgumentException("cannot list rules at " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from classpath directory " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read rules from classpath directory " + directory, e);
        }
        return new ArrayList<>(files.values());
    }

    private static String digest(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
