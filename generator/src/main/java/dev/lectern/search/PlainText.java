package dev.lectern.search;

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
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern NAVIGATION_LINE = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+\\.)\\s+\\[[^\\]]*\\]\\(#[^)]*\\)\\s*$");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)\\](?:\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|ftp|mailto):[^>\\s]*>|\\bhttps?://[^\\s)\\]>]+");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s|>\\s?|[-+]\\s)+");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** One line of text: whitespace collapsed. */
    static String of(String markdown) {
        String s = COMMENT.matcher(markdown).replaceAll(" ");
        s = LINK_DEFINITION.matcher(s).replaceAll(" ");
        s = NAVIGATION_LINE.matcher(s).replaceAll(" ");
        s = TABLE_RULE.matcher(s).replaceAll(" ");
        s = IMAGE_OR_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(" ");
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
        return SPACE.matcher(out).replaceAll(" ").strip();
    }

    /** The first {@code max} characters of {@code text}, cut at a word boundary with an ellipsis. */
    static String summary(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String inline(String s) {
        String t = TAG.matcher(s).replaceAll(" ");
        t = LINE_MARKER.matcher(t).replaceAll(" ");
        t = t.replace("~~", " ").replace('|', ' ');
        t = t.replaceAll("\\\\([\\p{Punct}])", "$1");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** Code spans as [start, end, backtick count]; an unclosed run of backticks is literal. */
    private static List<int[]> codeSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while ((i = s.indexOf('`', i)) >= 0) {
            int run = runLength(s, i);
            int close = findClosing(s, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            spans.add(new int[] {i, close + run, run});
            i = close + run;
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
        int lineStart = 0;
        for (int[] r : runs) {
            int nl = s.lastIndexOf('\n', r[0]);
            if (nl >= lineStart) {
                openers.clear();
                lineStart = nl + 1;
            }
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

    private static int findClosing(String s, int from, int run) {
        int i = from;
        while ((i = s.indexOf('`', i)) >= 0) {
            int n = runLength(s, i);
            if (n == run) return i;
            i += n;
        }
        return -1;
    }
}
