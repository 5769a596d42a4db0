package dev.lectern.source;

import dev.lectern.config.Yaml;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** YAML front matter between {@code ---} lines at the top of a file, parsed with snakeyaml-engine within {@link Yaml}'s bounds. */
public record FrontMatter(Map<String, Object> data, String body, int bodyFirstLine) {

    public static FrontMatter split(String text, String file, List<Diagnostic> diagnostics) {
        if (!text.startsWith("---\n")) return new FrontMatter(Map.of(), text, 1);
        int end = text.indexOf("\n---\n", 3);
        int endLen = 5;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            endLen = 4;
        }
        if (end < 0) {
            diagnostics.add(Diagnostic.warning(SourcePos.of(file, 1), "front matter starts with '---' but is never closed",
                    "end it with a line '---'; the file is read as if it had none"));
            return new FrontMatter(Map.of(), text, 1);
        }
        String yaml = text.substring(4, end + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        String body = text.substring(Math.min(text.length(), end + endLen));
        try {
            Object parsed = Yaml.compose(yaml, file).map(node -> Yaml.construct(node, file)).orElse(null);
            Map<String, Object> data = new LinkedHashMap<>();
            if (parsed instanceof Map<?, ?> m) m.forEach((k, v) -> data.put(String.valueOf(k), v));
            else if (parsed != null) {
                diagnostics.add(Diagnostic.warning(SourcePos.of(file, 2), "front matter is not a mapping of keys to values", "write it as 'key: value' lines"));
            }
            return new FrontMatter(data, body, bodyLine);
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.warning(SourcePos.of(file, Yaml.line(e) + 1), "front matter is not valid YAML: " + firstLine(e.getMessage()),
                    "fix the YAML; the file is read without its front matter"));
            return new FrontMatter(Map.of(), body, bodyLine);
        } catch (Yaml.TooLarge e) {
            diagnostics.add(Diagnostic.warning(SourcePos.of(file, e.line + 1), "front matter " + e.getMessage(),
                    "write it without aliases (&name, *name); the file is read without its front matter"));
            return new FrontMatter(Map.of(), body, bodyLine);
        }
    }

    public String string(String key) {
        Object v = data.get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
