package dev.lectern.search;

import dev.lectern.model.MathDollars;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown → the text a reader sees, for analysis and summaries: code spans keep their content verbatim (so
 * {@code `*args`} stays searchable), while emphasis markers, link targets, bare URLs, HTML tags, table pipes and line
 * markers go. An approximation of CommonMark that is good enough for search, and no second Markdown parse per build.
 */
final class PlainText {
    // Every pattern runs over whole answers, so each is linear: no quantifier can reach past a line end or past the
    // next character that would end its match, and none sits beside another that matches the same characters.
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\n]++\\]:[ \t]++\\S.*+$");
    private static final Pattern NAVIGATION_LINE = Pattern.compile("(?m)^[ \t]*+(?:[-*+]|\\d++\\.)[ \t]++\\[[^\\]\n]*+\\]\\(#[^)\n]*+\\)[ \t]*+$");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile(
            "!?\\[([^\\[\\]]*+)\\](?:\\([^)\\s\\[\\]]*+(?:[ \t]++\"[^\"\n]*+\")?\\)|\\[[^\\[\\]]*+\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|ftp|mailto):[^<>\\s]*+>|\\bhttps?://[^\\s)\\]>]++");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*+(?:\\s[^<>]*+)?/?>");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \t]*+(?:#{1,6}[ \t]|>[ \t]?|[-+][ \t])++");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private PlainText() {
    }

    /** One line of text: whitespace collapsed. */
    static String of(String markdown) {
        // each expression runs only where the text holds what every match of it must hold: looking for that is many
        // times quicker than the engine trying the expression at every position
        String s = withoutAdmonitionMarkers(withoutComments(markdown));
        if (s.contains("]:")) s = LINK_DEFINITION.matcher(s).replaceAll(" ");
        if (s.contains("](#")) s = NAVIGATION_LINE.matcher(s).replaceAll(" ");
        s = withoutTableRules(s);
        if (s.contains("](") || s.contains("][")) s = IMAGE_OR_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        if (s.contains("http") || s.contains("<ftp:") || s.contains("<mailto:")) s = AUTOLINK.matcher(s).replaceAll(" ");
        List<int[]> spans = codeSpans(s);
        s = stripEmphasis(s, spans);
        spans = codeSpans(s);
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (int[] span : spans) {
            // a code span's content as is, with no space added: "`__new__`:" reads "__new__:", as the page shows it
            String code = s.substring(span[0] + span[2], span[1] - span[2]);
            if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) code = code.substring(1, code.length() - 1);
            out.append(inline(s.substring(at, span[0]))).append(code);
            at = span[1];
        }
        out.append(inline(s.substring(at)));
        return collapseSpace(out).strip();
    }

    /** Each run of {@code \s} (space, tab, line ends, vertical tab, form feed) as one space. */
    private static String collapseSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!white) out.append(c);
            else if (!space) out.append(' ');
            space = white;
        }
        return out.toString();
    }

    /** {@code <!-- … -->} removed; an unclosed comment is text (no later one can close either, so the scan stops). */
    private static String withoutComments(String s) {
        int open = s.indexOf("<!--");
        if (open < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        while (open >= 0) {
            int close = s.indexOf("-->", open + 4);
            if (close < 0) break;
            out.append(s, at, open).append(' ');
            at = close + 3;
            open = s.indexOf("<!--", at);
        }
        return out.append(s, at, s.length()).toString();
    }

    /**
     * MkDocs admonitions left in a list's Markdown ({@code :   !!! tip "Title"}, which the page renders as a callout):
     * the opener line becomes its title, or nothing when it has none, so no {@code !!!} reaches a search snippet.
     */
    private static String withoutAdmonitionMarkers(String s) {
        if (s.indexOf("!!!") < 0 && s.indexOf("???") < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        while (at < s.length()) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            int k = at;
            while (k < end && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == ':')) k++;
            String rest = s.substring(k, end).strip();
            int marker = rest.startsWith("???+ ") ? 5 : rest.startsWith("!!! ") || rest.startsWith("??? ") ? 4 : 0;
            if (marker == 0) {
                out.append(s, at, end);
            } else {
                int quote = rest.indexOf('"');
                if (quote > 0 && rest.endsWith("\"") && rest.length() - 1 > quote) out.append(rest, quote + 1, rest.length() - 1);
            }
            if (nl >= 0) out.append('\n');
            at = end + 1;
        }
        return out.toString();
    }

    /** Lines that are a table's delimiter row ({@code |---|:-:|}, {@code --- | ---}) become blank. */
    private static String withoutTableRules(String s) {
        if (s.indexOf("--") < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        while (at < s.length()) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            if (isTableRule(s, at, end)) out.append(' ');
            else out.append(s, at, end);
            if (nl >= 0) out.append('\n');
            at = end + 1;
        }
        return out.toString();
    }

    /** Cells of {@code :?-+:?} between pipes (outer pipes optional), the first cell with at least two dashes. */
    static boolean isTableRule(String s, int from, int to) {
        String line = s.substring(from, to).strip();
        if (line.startsWith("|")) line = line.substring(1);
        if (line.endsWith("|")) line = line.substring(0, line.length() - 1);
        if (line.isEmpty()) return false;
        int cell = 0;
        for (int start = 0; start <= line.length(); cell++) {
            int bar = line.indexOf('|', start);
            int end = bar < 0 ? line.length() : bar;
            if (!isRuleCell(line.substring(start, end).strip(), cell == 0 ? 2 : 1)) return false;
            start = end + 1;
        }
        return true;
    }

    private static boolean isRuleCell(String cell, int minDashes) {
        int from = cell.startsWith(":") ? 1 : 0;
        int to = cell.endsWith(":") && cell.length() > from ? cell.length() - 1 : cell.length();
        if (to - from < minDashes) return false;
        for (int i = from; i < to; i++) {
            if (cell.charAt(i) != '-') return false;
        }
        return true;
    }

    /** The first {@code max} characters of {@code text}, cut at a word boundary with an ellipsis. */
    static String summary(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String inline(String s) {
        String t = MathDollars.withoutDollars(s);
        if (t.indexOf('<') >= 0) t = TAG.matcher(t).replaceAll(" ");
        t = LINE_MARKER.matcher(t).replaceAll(" ");
        t = t.replace("~~", " ").replace('|', ' ');
        if (t.indexOf('\\') >= 0) t = ESCAPE.matcher(t).replaceAll("$1");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /**
     * Code spans as [start, end, backtick count]; an unclosed run of backticks is literal. A run closes at the next run
     * of the same length: the runs are listed once, and a pointer per length finds that next run, so the scan stays
     * linear however many runs stay unclosed.
     */
    private static List<int[]> codeSpans(String s) {
        List<int[]> runs = new ArrayList<>();
        for (int i = s.indexOf('`'); i >= 0; i = s.indexOf('`', i)) {
            int n = runLength(s, i);
            runs.add(new int[] {i, n});
            i += n;
        }
        java.util.Map<Integer, List<Integer>> byLength = new java.util.HashMap<>();
        for (int r = 0; r < runs.size(); r++) byLength.computeIfAbsent(runs.get(r)[1], k -> new ArrayList<>()).add(r);
        java.util.Map<Integer, Integer> next = new java.util.HashMap<>();
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < runs.size(); ) {
            int[] open = runs.get(r);
            List<Integer> same = byLength.get(open[1]);
            int k = next.getOrDefault(open[1], 0);
            while (k < same.size() && same.get(k) <= r) k++;
            next.put(open[1], k);
            if (k == same.size()) {
                r++;
                continue;
            }
            int close = same.get(k);
            spans.add(new int[] {open[0], runs.get(close)[0] + open[1], open[1]});
            r = close + 1;
        }
        return spans;
    }

    /**
     * Removes {@code *} runs outside code spans that pair up as emphasis (a left-flanking opener, then a right-flanking
     * closer on the same line); unpaired runs are literal, as CommonMark renders them, so {@code Explain *args and
     * **kwargs} keeps its stars.
     */
    static String stripEmphasis(String s, List<int[]> spans) {
        if (s.indexOf('*') < 0) return s;
        List<int[]> runs = new ArrayList<>();
        int span = 0;
        for (int i = 0; i < s.length(); ) {
            while (span < spans.size() && spans.get(span)[1] <= i) span++;
            if (span < spans.size() && spans.get(span)[0] <= i) {
                i = spans.get(span)[1];
                continue;
            }
            if (s.charAt(i) != '*' || i > 0 && s.charAt(i - 1) == '\\') {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) == '*') j++;
            runs.add(new int[] {i, j, 0});
            i = j;
        }
        ArrayDeque<int[]> openers = new ArrayDeque<>();
        int scanned = 0;  // newlines are looked for once, between one run and the next
        for (int[] r : runs) {
            for (int k = scanned; k < r[0]; k++) {
                if (s.charAt(k) == '\n') {
                    openers.clear();
                    break;
                }
            }
            scanned = r[1];
            boolean left = flanking(s, r[1], r[0] - 1);
            boolean right = flanking(s, r[0] - 1, r[1]);
            if (right && !openers.isEmpty()) {
                openers.pop()[2] = 1;
                r[2] = 1;
            } else if (left) {
                openers.push(r);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (int[] r : runs) {
            if (r[2] == 0) continue;
            out.append(s, at, r[0]);
            at = r[1];
        }
        return out.append(s.substring(at)).toString();
    }

    /** CommonMark's flanking test: the character at {@code next} is not space, and if punctuation, {@code prev} is space or punctuation. */
    private static boolean flanking(String s, int next, int prev) {
        if (next < 0 || next >= s.length() || Character.isWhitespace(s.charAt(next))) return false;
        if (!isPunct(s.charAt(next))) return true;
        return prev < 0 || prev >= s.length() || Character.isWhitespace(s.charAt(prev)) || isPunct(s.charAt(prev));
    }

    private static boolean isPunct(char c) {
        return c < 128 ? !Character.isLetterOrDigit(c) && c > ' ' : Character.getType(c) >= Character.DASH_PUNCTUATION
                && Character.getType(c) <= Character.OTHER_PUNCTUATION;
    }

    private static int runLength(String s, int at) {
        int n = 0;
        while (at + n < s.length() && s.charAt(at + n) == '`') n++;
        return n;
    }
}
