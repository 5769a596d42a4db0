package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.SourceStage;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Fence;
import dev.lectern.source.scan.Line;
import dev.lectern.source.scan.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mintlify snippets: {@code import Setup from "/snippets/setup.mdx";} then {@code <Setup />} (props such as
 * {@code word="x"} fill the snippet's {@code {word}}) puts the snippet's content where the tag stands. A path starting
 * with {@code /} is read from the content folder's root, any other from the importing file's folder; a path leading
 * out of the content folder, or to no file, gives a warning and nothing is shown. The included lines carry the number
 * of the tag's line, so what they report points at the include.
 */
final class MdxSnippets {
    /** Snippets including snippets: deeper than this is a loop the cycle check missed, or a mistake. */
    private static final int MAX_DEPTH = 8;

    private MdxSnippets() {
    }

    /** The snippet a default import names ({@code import Name from "./x.mdx"}), or null for any other import. */
    static String[] snippetImport(String statement) {
        String s = statement.strip();
        if (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        String[] words = s.split("\\s+");
        if (words.length != 4 || !words[0].equals("import") || !words[2].equals("from")) return null;
        String name = words[1];
        String path = words[3];
        if (path.length() < 3 || (path.charAt(0) != '"' && path.charAt(0) != '\'') || path.charAt(path.length() - 1) != path.charAt(0)) return null;
        path = path.substring(1, path.length() - 1);
        if (!Character.isUpperCase(name.charAt(0)) || !(path.endsWith(".mdx") || path.endsWith(".md"))) return null;
        return new String[] {name, path};
    }

    /** {@code lines} with each {@code <Name />} of an imported snippet replaced by the snippet's lines. */
    static List<Line> expand(List<Line> lines, Map<String, String> imports, String from, Document doc, Set<Path> active, Map<String, String> vars) {
        if (imports.isEmpty()) return lines;
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int codeEnd = BlockScanner.fencedBlockEnd(lines, i);
            if (codeEnd >= 0) {
                out.addAll(lines.subList(i, codeEnd + 1));
                i = codeEnd;
                continue;
            }
            Tag tag = Tag.open(l.text(), null);
            if (tag == null || !tag.selfClosing() || !tag.after().isBlank() || !imports.containsKey(tag.name())) {
                out.add(l);
                continue;
            }
            String indent = " ".repeat(l.indent());
            for (Line s : include(tag, imports.get(tag.name()), from, l, doc, active, vars)) {
                out.add(new Line(s.isBlank() ? "" : indent + s.text(), l.number()));
            }
        }
        return out;
    }

    /**
     * A named import of a snippet file ({@code import { productName, limits } from '/snippets/vars.mdx';}): the
     * {@code export const} values of the names it imports go into {@code vars} ({@link MdxVariables}). False for any
     * other statement; a file that cannot be read leaves the names without values, and their uses say so.
     */
    static boolean variables(String statement, String from, Document doc, Map<String, String> vars) {
        String s = statement.strip();
        int open = s.indexOf('{');
        int close = s.indexOf('}');
        int fromAt = s.lastIndexOf(" from ");
        if (!s.startsWith("import ") || open < 0 || close < open || fromAt < close) return false;
        String path = s.substring(fromAt + 6).strip();
        if (path.endsWith(";")) path = path.substring(0, path.length() - 1).strip();
        if (path.length() < 3 || (path.charAt(0) != '"' && path.charAt(0) != '\'') || path.charAt(path.length() - 1) != path.charAt(0)) return false;
        path = path.substring(1, path.length() - 1);
        if (!(path.endsWith(".mdx") || path.endsWith(".md"))) return false;
        Path file = resolve(path, from, doc);
        if (file == null || !inside(file, doc.contentRoot())) return true;
        Map<String, String> exported = new java.util.HashMap<>();
        try {
            if (Files.size(file) > SourceStage.MAX_FILE_BYTES) return true;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) MdxVariables.define(line, exported);
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
        for (String name : s.substring(open + 1, close).split(",")) {
            String[] parts = name.strip().split("\\s+as\\s+");
            String local = parts[parts.length - 1];
            exported.forEach((k, v) -> {
                if (k.equals(parts[0]) || k.startsWith(parts[0] + ".")) vars.put(local + k.substring(parts[0].length()), v);
            });
        }
        return true;
    }

    /** The file an import path names: from the content folder's root when it starts with {@code /}, else from the importing file's folder; null without a content folder. */
    private static Path resolve(String importPath, String from, Document doc) {
        Path root = doc.contentRoot();
        return root == null ? null : (importPath.startsWith("/") ? root.resolve(importPath.substring(1))
                : root.resolve(from).resolveSibling(importPath)).normalize();
    }

    private static List<Line> include(Tag tag, String importPath, String from, Line at, Document doc, Set<Path> active, Map<String, String> vars) {
        SourcePos pos = SourcePos.of(doc.file(), at.number());
        Path root = doc.contentRoot();
        Path file = resolve(importPath, from, doc);
        if (file == null || !inside(file, root)) {
            doc.diagnostics().add(Diagnostic.warning(pos, "snippet <" + tag.name() + " /> imports " + importPath
                    + ", which is not a file of the content folder; nothing is shown for it", "add the file, or correct the import's path"));
            return List.of();
        }
        if (active.contains(file) || active.size() >= MAX_DEPTH) {
            doc.diagnostics().add(Diagnostic.warning(pos, "snippet " + importPath + " includes itself (directly or through others); it is shown once",
                    "remove the include that leads back to it"));
            return List.of();
        }
        String text;
        try {
            if (Files.size(file) > SourceStage.MAX_FILE_BYTES) throw new IOException("larger than " + (SourceStage.MAX_FILE_BYTES >> 20) + " MB");
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            doc.diagnostics().add(Diagnostic.warning(pos, "snippet " + importPath + " cannot be read (" + e.getMessage() + "); nothing is shown for it",
                    "check the file"));
            return List.of();
        }
        List<Line> snippet = withProps(Line.split(text, 1), tag.attributes(), at.number());
        Set<Path> inner = new HashSet<>(active);
        inner.add(file);
        String source = root.relativize(file).toString().replace('\\', '/');
        return MdxPlumbing.strip(snippet, doc, source, inner, vars);
    }

    /** Whether {@code file} is a file of the content folder, links followed (a link out of it must not be read). */
    private static boolean inside(Path file, Path root) {
        try {
            return file.startsWith(root) && Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The snippet's lines, numbered as the include, with {@code {prop}} outside fenced code replaced by the prop's value. */
    private static List<Line> withProps(List<Line> lines, Map<String, String> props, int number) {
        List<Line> out = new ArrayList<>(lines.size());
        int fenceEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Fence f = i > fenceEnd ? Fence.open(text) : null;
            if (f != null) fenceEnd = BlockScanner.closingFence(lines, i, f);
            if (i > fenceEnd && text.indexOf('{') >= 0) {
                for (Map.Entry<String, String> prop : props.entrySet()) text = text.replace("{" + prop.getKey() + "}", prop.getValue());
            }
            out.add(new Line(text, number));
        }
        return out;
    }
}
