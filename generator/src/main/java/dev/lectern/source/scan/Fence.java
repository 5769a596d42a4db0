package dev.lectern.source.scan;

import java.util.Locale;

/**
 * A fence opener ({@code ```lang meta} or {@code ~~~}) as CommonMark reads it, with the info string split into a
 * language and a title, and whether it asks for line numbers (MkDocs {@code linenums="1"}, Docusaurus
 * {@code showLineNumbers}, {@code line-numbers}). Other dialect-only meta ({@code theme={null}}, {@code {1,3}}) is dropped.
 */
public record Fence(int indent, char marker, int length, String language, String title, boolean lineNumbers) {

    /** The opener on this line, or null. Plain string scanning: no regex, so no backtracking. */
    public static Fence open(String line) {
        int indent = Line.indentOf(line);
        String s = line.stripLeading();
        if (s.isEmpty()) return null;
        char c = s.charAt(0);
        if (c != '`' && c != '~') return null;
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) n++;
        if (n < 3) return null;
        String info = s.substring(n).strip();
        if (c == '`' && info.indexOf('`') >= 0) return null;  // CommonMark: a backtick fence's info has no backticks
        return new Fence(indent, c, n, languageOf(info), titleOf(info), LINE_NUMBERS.matcher(info).find());
    }

    /** Whether {@code line} closes this fence: same marker, at least as long, nothing else but spaces. */
    public boolean closedBy(String line) {
        String s = line.strip();
        if (s.length() < length || Line.indentOf(line) > Math.max(3, indent + 3)) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != marker) return false;
        }
        return true;
    }

    private static String languageOf(String info) {
        if (info.isEmpty() || info.charAt(0) == '{' || info.startsWith("title=")) {
            // MkDocs `{ .python .no-copy }`: the first class is the language
            int dot = info.indexOf('.');
            if (info.startsWith("{") && dot > 0) return normalise(word(info.substring(dot + 1)));
            return "";
        }
        return normalise(word(info));
    }

    private static String word(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '{' && s.charAt(end) != '}') end++;
        return s.substring(0, end);
    }

    private static String normalise(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        switch (l) {
            case "py": case "python3": case "py3": return "python";
            case "sh": case "shell": case "zsh": return "bash";
            case "js": return "javascript";
            case "yml": return "yaml";
            default: return l;
        }
    }

    /** {@code title="x.py"} (MkDocs, Docusaurus) or a bare title after the language (Mintlify). */
    private static String titleOf(String info) {
        int t = info.indexOf("title=");
        if (t >= 0) {
            String rest = info.substring(t + 6);
            if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
                int end = rest.indexOf(rest.charAt(0), 1);
                if (end > 0) return rest.substring(1, end);
            }
            return word(rest);
        }
        String lang = word(info);
        StringBuilder title = new StringBuilder();
        for (String w : WORDS.split(info.substring(Math.min(lang.length(), info.length())).strip())) {
            if (w.isEmpty() || w.contains("=") || w.startsWith("{") || w.endsWith("}") || FLAGS.contains(w)) continue;
            if (title.length() > 0) title.append(' ');
            title.append(w);
        }
        return title.toString();
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.Set<String> FLAGS = java.util.Set.of(
            "lines", "wrap", "expandable", "twoslash", "showLineNumbers", "live", "npm2yarn", "noInline", "linenums",
            "line-numbers", "data-line-numbers");

    /** Meta words asking for line numbers; {@code linenums="0"} asks for none. */
    private static final java.util.regex.Pattern LINE_NUMBERS = java.util.regex.Pattern.compile(
            "(?<![\\w-])(?:linenums(?!=\"?0\\b)|showLineNumbers|line-numbers|data-line-numbers)(?![\\w-])");
}
