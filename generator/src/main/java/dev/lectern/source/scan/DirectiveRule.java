package dev.lectern.source.scan;

import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import java.util.List;

/**
 * Docusaurus admonitions: {@code :::kind[Title]{attrs}} or legacy {@code :::kind Title}, closed by a line of the same
 * number of colons; nesting uses more colons outside. Bodies are not indented and need no blank lines.
 */
final class DirectiveRule implements ContainerRule {
    private final BlockScanner scanner;

    DirectiveRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return colons(line.text()) >= 3 && (kindWord(line.text()) != null || isCloser(line.text()));
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        if (out.inList() && lines.get(i).indent() > 0) return i; // the list's: keepInList
        String text = lines.get(i).text().strip();
        int n = colons(text);
        if (n >= 3 && isCloser(text)) {
            // a closer that closes nothing (its opener mistyped or deleted) would print as a line of colons
            scanner.warn(lines.get(i), "'" + text + "' closes no admonition and is left out",
                    "remove it, or check the opening line above it (':::kind', as many colons)");
            return i + 1;
        }
        String kindWord = n >= 3 ? kindWord(text) : null;
        if (kindWord == null) return i;
        String rest = text.substring(n + kindWord.length());
        String title = "";
        if (rest.startsWith("[")) {
            int close = rest.lastIndexOf(']');
            if (close > 0) {
                title = rest.substring(1, close);
                rest = rest.substring(close + 1);
            }
        }
        String id = "";
        if (rest.startsWith("{")) {
            int close = rest.indexOf('}');
            id = anchor(close > 0 ? rest.substring(1, close) : rest.substring(1));
            rest = close > 0 ? rest.substring(close + 1) : "";
        }
        if (title.isEmpty()) title = rest.strip();
        if (title.isEmpty()) title = CalloutKind.keywordTitle(kindWord);
        CalloutKind kind = CalloutKinds.of(kindWord, lines.get(i), scanner);
        int end = closer(lines, i, n);
        if (end == lines.size()) {
            scanner.warn(lines.get(i), "':::" + kindWord + "' is never closed; it runs to the end of its container",
                    "close it with a line of " + ":".repeat(n));
        }
        List<Line> body = lines.subList(i + 1, Math.min(end, lines.size()));
        out.add(new Callout(kind, title, Callout.Collapse.NO, Callout.Placement.BLOCK, id, scanner.scan(body, depth + 1),
                scanner.pos(lines.get(i))));
        return Math.min(end + 1, lines.size());
    }

    /**
     * An admonition indented under a list item ({@code 1. Install} then {@code    :::tip}) belongs to the item: lifting it
     * out would cut the list in two and restart its numbering. It stays in the list's Markdown, written as the MkDocs
     * admonition it means ({@code !!! tip "Title"}, body indented 4), which flexmark reads inside list items and renders
     * as every other callout ({@code render.ListCallouts}). Returns the line after it, or {@code i} when line {@code i}
     * opens none.
     */
    int keepInList(List<Line> lines, int i, BlockSink out) {
        String text = lines.get(i).text().strip();
        int n = colons(text);
        if (n < 3 || kindWord(text) == null) return i;
        int end = closer(lines, i, n);
        if (end == lines.size()) {
            scanner.warn(lines.get(i), "'" + text + "' is never closed; it runs to the end of its container",
                    "close it with a line of " + ":".repeat(n));
        }
        int margin = lines.get(i).indent();
        List<Line> body = new java.util.ArrayList<>();
        for (int k = i + 1; k < Math.min(end, lines.size()); k++) body.add(lines.get(k).dedent(margin));
        for (Line l : asAdmonition(text, body, lines.get(i).number())) out.text(l.isBlank() ? l : new Line(" ".repeat(margin) + l.text(), l.number()));
        return Math.min(end + 1, lines.size());
    }

    /** {@code :::kind[Title]} and its body (at the opener's margin) as {@code !!! kind "Title"} and the body indented 4; nested ones too. */
    private static List<Line> asAdmonition(String opener, List<Line> body, int number) {
        int n = colons(opener);
        String kindWord = kindWord(opener);
        String rest = opener.substring(n + kindWord.length());
        String title = rest.startsWith("[") && rest.lastIndexOf(']') > 0 ? rest.substring(1, rest.lastIndexOf(']'))
                : rest.startsWith("{") ? "" : rest.strip();
        if (title.isEmpty()) title = CalloutKind.keywordTitle(kindWord);
        List<Line> out = new java.util.ArrayList<>();
        out.add(new Line("!!! " + kindWord + " \"" + title.replace('"', '\'') + "\"", number));
        for (int k = 0; k < body.size(); k++) {
            Line l = body.get(k);
            String t = l.text().strip();
            int inner = l.indent() == 0 ? colons(t) : 0;
            int end = inner >= 3 && kindWord(t) != null ? closer(body, k, inner) : -1;
            if (end > k) {
                List<Line> nested = body.subList(k + 1, Math.min(end, body.size()));
                for (Line x : asAdmonition(t, nested, l.number())) out.add(x.isBlank() ? x : new Line("    " + x.text(), x.number()));
                k = Math.min(end, body.size());
            } else {
                out.add(l.isBlank() ? l : new Line("    " + l.text(), l.number()));
            }
        }
        return out;
    }

    private static int closer(List<Line> lines, int i, int n) {
        for (int k = i + 1; k < lines.size(); k++) {
            String t = lines.get(k).text();
            Fence f = Fence.open(t);
            if (f != null) {
                k = BlockScanner.closingFence(lines, k, f);
                continue;
            }
            String s = t.strip();
            if (s.length() == n && colons(s) == n) return k;
        }
        return lines.size();
    }

    private static boolean isCloser(String text) {
        String s = text.strip();
        return s.length() == colons(s);
    }

    private static int colons(String text) {
        String s = text.stripLeading();
        int n = 0;
        while (n < s.length() && s.charAt(n) == ':') n++;
        return n;
    }

    /** The kind after the colons: a letter, then letters, digits, '-' or '_' (a site's own {@code my-custom-admonition}). */
    private static String kindWord(String text) {
        String s = text.strip();
        int n = colons(s);
        if (n >= s.length() || !Character.isLetter(s.charAt(n))) return null;
        int end = n + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-' || s.charAt(end) == '_')) end++;
        return s.substring(n, end);
    }

    /**
     * The {@code #id} of a directive's attributes ({@code {.wide #limits}}), or "". Classes style the author's own
     * site and have no meaning here; the id is an anchor that links may use.
     */
    private static String anchor(String attributes) {
        for (String a : attributes.strip().split("\\s+")) {
            if (a.length() > 1 && a.charAt(0) == '#' && a.substring(1).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return a.substring(1);
            }
        }
        return "";
    }
}
