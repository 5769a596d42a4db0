package dev.lectern.config;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code lectern.yml} from the content folder into a {@link SiteConfig}. Strict: an unknown key or a value of the
 * wrong type is an error at its {@code file:line}; the defaults stand in for it so the rest still builds.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "lectern.yml";
    private static final List<String> KEYS = List.of("title", "description", "base_url", "theme", "nav", "guides", "synonyms");

    private ConfigLoader() {
    }

    /** How the file's bytes become text: the caller decodes it as it decodes guides, reporting what it repaired. */
    @FunctionalInterface
    public interface Decoder {
        String decode(byte[] bytes, String file, Diagnostics diagnostics);
    }

    /** Reads the file as UTF-8 (a bad byte becomes U+FFFD); the build passes the guides' decoder instead. */
    public static SiteConfig load(Path contentDir, Diagnostics diagnostics) throws IOException {
        return load(contentDir, diagnostics, (bytes, file, d) -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    public static SiteConfig load(Path contentDir, Diagnostics diagnostics, Decoder decoder) throws IOException {
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return SiteConfig.DEFAULTS;
        String name = dev.lectern.diag.DisplayPath.of(file, contentDir);
        if (!file.toRealPath().startsWith(contentDir.toRealPath())) {
            diagnostics.report(Diagnostic.warning(SourcePos.of(name, 0), "is a link to a file outside the content folder, and is not read",
                    "copy the file into the content folder; the defaults are used meanwhile"));
            return SiteConfig.DEFAULTS;
        }
        return parse(decoder.decode(Files.readAllBytes(file), name, diagnostics), name, diagnostics);
    }

    static SiteConfig parse(String yaml, String file, Diagnostics diagnostics) {
        Optional<Node> root;
        try {
            root = Yaml.compose(yaml, file);
        } catch (YamlEngineException e) {
            diagnostics.report(Diagnostic.error(SourcePos.of(file, Yaml.line(e)), "config is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "fix the YAML; the defaults are used meanwhile"));
            return SiteConfig.DEFAULTS;
        } catch (Yaml.TooLarge e) {
            diagnostics.report(Diagnostic.error(SourcePos.of(file, e.line), "config " + e.getMessage(),
                    "write it without aliases (&name, *name); the defaults are used meanwhile"));
            return SiteConfig.DEFAULTS;
        }
        if (root.isEmpty()) return SiteConfig.DEFAULTS;
        if (!(root.get() instanceof MappingNode map)) {
            diagnostics.report(Diagnostic.error(pos(file, root.get()), "config must be a mapping of keys to values", "write 'title: My site' lines"));
            return SiteConfig.DEFAULTS;
        }
        SiteConfig d = SiteConfig.DEFAULTS;
        String title = d.title(), description = d.description(), baseUrl = d.baseUrl(), theme = d.theme();
        List<NavEntry> nav = null;
        List<NavEntry> guides = null;
        List<List<String>> synonyms = d.synonyms();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node v = t.getValueNode();
            switch (key) {
                case "title" -> title = scalar(v, key, file, diagnostics, title);
                case "description" -> description = scalar(v, key, file, diagnostics, description);
                case "base_url" -> baseUrl = BaseUrl.check(scalar(v, key, file, diagnostics, baseUrl), pos(file, v), diagnostics);
                case "theme" -> theme = scalar(v, key, file, diagnostics, theme);
                case "nav" -> nav = NavParser.entries(v, file, diagnostics);
                case "guides" -> guides = NavParser.entries(v, file, diagnostics);
                case "synonyms" -> synonyms = SynonymsParser.groups(v, file, diagnostics);
                default -> diagnostics.report(Diagnostic.error(pos(file, t.getKeyNode()), "unknown config key '" + key + "'",
                        suggestion(key)));
            }
        }
        if (nav != null && guides != null) {
            diagnostics.report(Diagnostic.error(SourcePos.of(file, guides.isEmpty() ? 0 : guides.get(0).line()),
                    "both 'nav' and 'guides' are given; 'guides' is ignored", "keep 'nav' ('guides' is its older name)"));
        }
        List<NavEntry> order = nav != null ? nav : guides != null ? guides : List.of();
        return new SiteConfig(title, description, baseUrl, theme.isEmpty() ? "default" : theme, order, file, synonyms);
    }

    private static String scalar(Node v, String key, String file, Diagnostics diagnostics, String fallback) {
        if (v instanceof ScalarNode s) return s.getValue().strip();
        diagnostics.report(Diagnostic.error(pos(file, v), "'" + key + "' must be a single value", "write '" + key + ": value'"));
        return fallback;
    }

    static SourcePos pos(String file, Node n) {
        return SourcePos.of(file, n.getStartMark().map(m -> m.getLine() + 1).orElse(0));
    }

    private static String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String k : KEYS) {
            int d = distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null ? "did you mean '" + best + "'?" : "known keys: " + String.join(", ", KEYS);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
