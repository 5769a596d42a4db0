package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fence's info string, read once for every dialect: the language, a title (MkDocs and Docusaurus
 * {@code title="x.py"}, Mintlify's bare words after the language), the lines to highlight (MkDocs
 * {@code hl_lines="2 3"} and {@code "3-5"}, Docusaurus and Mintlify {@code {1,4-6}}, Mintlify {@code highlight={1-3}}),
 * the number of the first line when lines are numbered (MkDocs {@code linenums="N"}, Docusaurus
 * {@code showLineNumbers} and {@code showLineNumbers=N}, Mintlify {@code lines}) and the flags that change how a block
 * is shown ({@code npm2yarn}). Other meta ({@code theme={null}}, {@code wrap}, {@code icon="…"}) means nothing here.
 * A plain scan: no regex, so no backtracking however the info string is written.
 *
 * @param firstLine the number shown on the first line; 0 when the lines are not numbered
 * @param marked    1-based lines to highlight, counted from the block's first line whatever its number
 */
public record FenceInfo(String language, String title, int firstLine, List<Span> marked, Set<String> flags) {
    public static final FenceInfo NONE = new FenceInfo("", "", 0, List.of(), Set.of());
    /** Ranges past this many are ignored: an info string cannot make a block's work grow beyond its own length. */
    static final int MAX_SPANS = 1_000;

    public FenceInfo {
        marked = List.copyOf(marked);
        flags = Set.copyOf(flags);
    }

    /** Lines {@code from} to {@code to}, 1-based, both included. */
    public record Span(int from, int to) {
    }

    /** The marked lines of a block of {@code lines} lines: ranges are cut at its end, so {@code {1-99999}} costs nothing. */
    public Set<Integer> markedIn(int lines) {
        Set<Integer> out = new TreeSet<>();
        for (Span s : marked) {
            for (int n = s.from(); n <= Math.min(s.to(), lines); n++) out.add(n);
        }
        return out;
    }

    /** Words that are flags, never part of a Mintlify title. */
    private static final Set<String> FLAGS = Set.of("lines", "wrap", "expandable", "twoslash", "showLineNumbers", "live",
            "npm2yarn", "noInline", "linenums", "line-numbers", "data-line-numbers", "annotate");

    /** Flags that number the lines from 1. */
    private static final Set<String> NUMBERING = Set.of("lines", "showLineNumbers", "linenums", "line-numbers", "data-line-numbers");

    public static FenceInfo parse(String info) {
        Reading r = new Reading();
        r.read(words(info.strip()), true);
        return new FenceInfo(r.language, r.explicitTitle != null ? r.explicitTitle : r.title.toString(), r.first, r.marked, r.flags);
    }

    /** What the words of an info string have said so far. */
    private static final class Reading {
        String language = "";
        final StringBuilder title = new StringBuilder();
        String explicitTitle;
        int first;
        final List<Span> marked = new ArrayList<>();
        final Set<String> flags = new TreeSet<>();
        boolean inBraces;

        void read(List<String> words, boolean languageFirst) {
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                if (word.startsWith("{")) {
                    braces(word.substring(1, word.endsWith("}") ? word.length() - 1 : word.length()).strip());
                } else if (word.indexOf('=') > 0) {
                    pair(word.substring(0, word.indexOf('=')), unquote(word.substring(word.indexOf('=') + 1)));
                } else if (FLAGS.contains(word)) {
                    flags.add(word);
                    if (NUMBERING.contains(word)) first = Math.max(first, 1);
                } else if (w == 0 && languageFirst) {
                    language = normalise(word);
                } else {
                    if (title.length() > 0) title.append(' ');
                    title.append(word);
                }
            }
        }

        /** {@code {1,4-6}} (lines), or MkDocs' attribute list {@code { .python .no-copy title="x" }}. */
        private void braces(String inside) {
            if (inBraces) return; // braces in braces mean nothing, and must not recurse as deep as they nest
            if (isLineList(inside)) {
                lineList(inside, marked);
                return;
            }
            List<String> rest = new ArrayList<>();
            for (String w : words(inside)) {
                if (w.startsWith(".")) {
                    // the first class is the language; the others (.no-copy, .annotate) are styling
                    if (language.isEmpty()) language = normalise(w.substring(1));
                } else if (!w.startsWith("#")) {
                    rest.add(w);
                }
            }
            // a bare first word names the language when no class did (Quarto's ```{python})
            inBraces = true;
            read(rest, language.isEmpty());
            inBraces = false;
        }

        private void pair(String key, String value) {
            switch (key) {
                case "title" -> explicitTitle = value;
                case "hl_lines", "highlight", "mark" -> lineList(value, marked);
                case "linenums" -> first = number(value.strip().split(" ")[0], 0); // "start step special": the start
                case "showLineNumbers", "startLineNumber" -> first = number(value, 1);
                default -> { }
            }
        }
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Words separated by spaces, a quoted value or a {@code {…}} group kept whole with its spaces. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            char quote = 0;
            int braces = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces = Math.max(0, braces - 1);
                } else if (Character.isWhitespace(c) && braces == 0) {
                    break;
                }
                i++;
            }
            if (i > start) out.add(s.substring(start, i));
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        if (v.startsWith("{") && v.endsWith("}")) return v.substring(1, v.length() - 1);
        return v;
    }

    private static boolean isLineList(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '-' && c != ' ') return false;
        }
        return true;
    }

    /** {@code 1,4-6} or {@code 2 3 5-7}: numbers and ranges, comma or space separated; anything else is skipped. */
    private static void lineList(String s, List<Span> into) {
        for (String part : s.replace(',', ' ').split(" ")) {
            int dash = part.indexOf('-');
            int from = number(dash < 0 ? part : part.substring(0, dash), 0);
            int to = dash < 0 ? from : number(part.substring(dash + 1), 0);
            if (from > 0 && to >= from && into.size() < MAX_SPANS) into.add(new Span(from, to));
        }
    }

    private static int number(String s, int otherwise) {
        if (s.isEmpty() || s.length() > 6) return otherwise;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return otherwise;
        return Integer.parseInt(s);
    }

    /** The canonical id of a language the dialects spell differently. */
    static String normalise(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "py", "python3", "py3" -> "python";
            case "sh", "shell", "zsh" -> "bash";
            case "js" -> "javascript";
            case "yml" -> "yaml";
            default -> l;
        };
    }
}
