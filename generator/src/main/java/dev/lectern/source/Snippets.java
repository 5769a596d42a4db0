package dev.lectern.source;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.Line;
import dev.lectern.source.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MkDocs snippets (pymdownx.snippets), read before any dialect rule: a line {@code --8<-- "file"} (or a block of file
 * names between two {@code --8<--} lines) is replaced by that file's lines, indented as the marker line is, inside
 * fences too, as MkDocs does. {@code "file:3:6"} takes lines 3 to 6, {@code "file:name"} the lines between
 * {@code --8<-- [start:name]} and {@code --8<-- [end:name]}. A path is read from the document's folder, else the content
 * folder; never from outside the content folder. {@code ;--8<--} is the marker written out, shown as
 * {@code --8<--}. A file that is missing gets one warning (with a count) and its line is left out; included lines
 * keep the number of the line that included them, and included files may include others, 4 deep.
 */
final class Snippets {
    static final String MARK = "--8<--";
    private static final int MAX_DEPTH = 4;
    /** The most lines one document may grow to by inclusion: a file included in a loop of files must end. */
    private static final int MAX_LINES = 200_000;

    private final Path root;
    private final String file;
    private final Map<String, List<Integer>> missing = new LinkedHashMap<>();
    /** Lines of the document whose includes went too deep (a file that includes itself) or too long. */
    private final List<Integer> cut = new ArrayList<>();

    private Snippets(Path root, String file) {
        this.root = root;
        this.file = file;
    }

    /** {@code lines} with every snippet included; {@code source} is the document's path inside the content folder. */
    static List<Line> include(List<Line> lines, Path path, String source, String file, List<Diagnostic> diags) {
        if (lines.stream().noneMatch(l -> l.text().contains(MARK))) return lines;
        Path root = path.toAbsolutePath().normalize();
        for (int k = source.split("/").length; k > 0 && root != null; k--) root = root.getParent();
        if (root == null) return lines;
        Snippets s = new Snippets(root, file);
        List<Line> out = new ArrayList<>(lines.size());
        s.expand(lines, path.toAbsolutePath().normalize().getParent(), 0, out);
        s.missing.forEach((name, at) -> diags.add(Diagnostic.warning(SourcePos.of(file, at.get(0)),
                "snippet file \"" + name + "\" not found" + (at.size() > 1 ? " (" + at.size() + " includes)" : "")
                        + "; the include is left out",
                "put the file in the content folder; a path is relative to the document's folder or to the content folder")));
        if (!s.cut.isEmpty()) {
            diags.add(Diagnostic.warning(SourcePos.of(file, s.cut.get(0)), "snippets nested more than " + MAX_DEPTH
                    + " deep or growing past " + MAX_LINES + " lines; the rest is left out" + (s.cut.size() > 1 ? " (" + s.cut.size() + " includes)" : ""),
                    "check whether a snippet includes itself"));
        }
        return out;
    }

    private void expand(List<Line> lines, Path dir, int depth, List<Line> out) {
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            String s = l.text().strip();
            String indent = l.text().substring(0, l.text().length() - l.text().stripLeading().length());
            if (s.startsWith(";" + MARK)) {
                out.add(new Line(indent + s.substring(1), l.number()));
            } else if (s.equals(MARK)) {
                // block form: file names until the closing marker
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).text().strip().equals(MARK)) end++;
                if (end == lines.size()) {
                    out.add(l);
                    i++;
                    continue;
                }
                for (int k = i + 1; k < end; k++) {
                    String name = lines.get(k).text().strip();
                    if (!name.isEmpty() && !name.startsWith(";")) insert(name, indent, lines.get(k).number(), dir, depth, out);
                }
                i = end + 1;
                continue;
            } else if (s.startsWith(MARK + " ") && quoted(s.substring(MARK.length()).strip()) != null) {
                insert(quoted(s.substring(MARK.length()).strip()), indent, l.number(), dir, depth, out);
            } else if (!(depth > 0 && s.startsWith(MARK + " [") && s.endsWith("]"))) {
                out.add(l);
            }
            i++;
        }
    }

    /** {@code "x"} or {@code 'x'}: the name inside; anything else is no include. */
    private static String quoted(String s) {
        if (s.length() < 3 || (s.charAt(0) != '"' && s.charAt(0) != '\'') || s.charAt(s.length() - 1) != s.charAt(0)) return null;
        return s.substring(1, s.length() - 1).strip();
    }

    private void insert(String spec, String indent, int number, Path dir, int depth, List<Line> out) {
        String name = spec;
        String section = null;
        int from = 1;
        int to = Integer.MAX_VALUE;
        int colon = spec.indexOf(':');
        if (colon > 0 && !spec.startsWith("http")) {
            name = spec.substring(0, colon);
            String[] range = spec.substring(colon + 1).split(":", -1);
            if (range[0].chars().allMatch(Character::isDigit)) {
                from = range[0].isEmpty() ? 1 : Integer.parseInt(range[0]);
                if (range.length > 1 && !range[1].isEmpty() && range[1].chars().allMatch(Character::isDigit)) to = Integer.parseInt(range[1]);
            } else {
                section = spec.substring(colon + 1);
            }
        }
        Path found = find(name, dir);
        if (found == null) {
            missing.computeIfAbsent(name, n -> new ArrayList<>()).add(number);
            return;
        }
        if (depth >= MAX_DEPTH || out.size() > MAX_LINES) {
            cut.add(number);
            return;
        }
        List<String> text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(found), file).text().lines().toList();
        } catch (IOException | RuntimeException e) {
            missing.computeIfAbsent(name, n -> new ArrayList<>()).add(number);
            return;
        }
        List<Line> picked = new ArrayList<>();
        boolean inSection = section == null;
        for (int k = 0; k < text.size(); k++) {
            String t = text.get(k);
            if (section != null) {
                String mark = t.strip();
                if (mark.equals(MARK + " [start:" + section + "]")) { inSection = true; continue; }
                if (mark.equals(MARK + " [end:" + section + "]")) { inSection = false; continue; }
            }
            if (inSection && k + 1 >= from && k + 1 <= to) picked.add(new Line(t.isEmpty() ? t : indent + t, number));
        }
        expand(picked, found.getParent(), depth + 1, out);
    }

    /** The file, from the document's folder first, then the content folder; null when neither has it inside the content folder. */
    private Path find(String name, Path dir) {
        for (Path base : new Path[] {dir, root}) {
            try {
                Path p = base.resolve(name).normalize();
                if (p.startsWith(root) && Files.isRegularFile(p)) return p;
            } catch (java.nio.file.InvalidPathException e) {
                return null; // a name no file can have
            }
        }
        return null;
    }
}
