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
