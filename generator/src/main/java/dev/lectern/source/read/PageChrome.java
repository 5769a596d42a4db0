package dev.lectern.source.read;

import dev.lectern.source.read.PlainTextReader.Paragraph;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A web page's chrome (navigation, breadcrumbs, calls to action, newsletter and copyright lines, "share" rows) in text
 * copied from the page, recognised by its shape rather than by any site's wording:
 * <ul>
 * <li>a <em>label</em> is a paragraph of short lines (a few words each) that ask nothing and answer nothing: no sentence
 * ends in it, no code is in it — the shape of link and button labels;</li>
 * <li>a <em>navigation</em> line joins labels with separators ({@code Home › Blog › Python}, {@code Docs | Blog});</li>
 * <li>before the first question, labels are chrome; between answers, labels repeated on the page and navigation
 * lines are ("Share this" after every answer); the paragraph right after a question is always its answer;</li>
 * <li>the <em>tail</em>: from the first label after the page's last run of questions and answers to the end (the
 * sign-up, newsletter, copyright and "related" blocks that close a page).</li>
 * </ul>
 */
final class PageChrome {
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_LABEL_CHARS = 60;
    private static final String SEPARATORS = "|›»·/>•";

    private PageChrome() {
    }

    /** For each paragraph, whether it is chrome; {@code title} is the index of the page's title paragraph. */
    static boolean[] find(List<Paragraph> paragraphs, int title) {
        int n = paragraphs.size();
        boolean[] chrome = new boolean[n];
        Map<String, Integer> seen = new HashMap<>();
        for (Paragraph p : paragraphs) seen.merge(key(p), 1, Integer::sum);
        int firstQuestion = n;
        for (int i = title + 1; i < n; i++) {
            if (PlainTextReader.isQuestion(paragraphs.get(i)) && i + 1 < n) {
                firstQuestion = i;
                break;
            }
        }
        int tail = tailStart(paragraphs, seen);
        for (int i = 0; i < n; i++) {
            Paragraph p = paragraphs.get(i);
            if (i == title) continue;
            boolean afterQuestion = i > 0 && i - 1 != title && PlainTextReader.isQuestion(paragraphs.get(i - 1)) && !chrome[i - 1];
            if (i >= tail) chrome[i] = true;
            else if (afterQuestion) chrome[i] = false;
            else if (i < firstQuestion) chrome[i] = isLabel(p) || isNavigation(p);
            else chrome[i] = isNavigation(p) || isLabel(p) && seen.get(key(p)) > 1;
        }
        return chrome;
    }

    /** The first paragraph that can be the page's title: not a navigation line, not a label repeated on the page. */
    static int title(List<Paragraph> paragraphs) {
        Map<String, Integer> seen = new HashMap<>();
        for (Paragraph p : paragraphs) seen.merge(key(p), 1, Integer::sum);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (!isNavigation(p) && !(isLabel(p) && seen.get(key(p)) > 1) && !PlainTextReader.isQuestion(p)) return i;
        }
        return -1;
    }

    /**
     * Where the tail begins: the first label after the last answer of the page's last run of questions with answers
     * (two or more in a row, or one when the page never has two; repeated labels between them do not break a run);
     * the paragraph count when there is none.
     */
    private static int tailStart(List<Paragraph> paragraphs, Map<String, Integer> seen) {
        int n = paragraphs.size();
        int lastRunEnd = -1;
        int lastSingleEnd = -1;
        int run = 0;
        int i = 0;
        while (i < n) {
            if (isNavigation(paragraphs.get(i)) || isLabel(paragraphs.get(i)) && seen.get(key(paragraphs.get(i))) > 1) {
                i++;  // chrome between answers ("Share this") does not break their run
                continue;
            }
            if (i + 1 < n && PlainTextReader.isQuestion(paragraphs.get(i)) && answers(paragraphs.get(i + 1))) {
                int end = i + 1;
                while (end + 1 < n && !PlainTextReader.isQuestion(paragraphs.get(end + 1)) && !isLabel(paragraphs.get(end + 1))
                        && !isNavigation(paragraphs.get(end + 1))) end++;
                run++;
                lastSingleEnd = end;
                if (run >= 2) lastRunEnd = end;
                i = end + 1;
            } else {
                run = 0;
                i++;
            }
        }
        int from = lastRunEnd >= 0 ? lastRunEnd : lastSingleEnd;
        if (from < 0) return n;
        for (int k = from + 1; k < n; k++) if (isLabel(paragraphs.get(k)) || isNavigation(paragraphs.get(k))) return k;
        return n;
    }

    /** An answer's shape: not a label; a sentence (ends in . ! : or a code span) or a run of words. */
    private static boolean answers(Paragraph p) {
        if (isLabel(p) || isNavigation(p)) return false;
        String s = p.text().strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith(":") || s.endsWith("`") || s.endsWith(")") || words(s) > MAX_LABEL_WORDS;
    }

    /** Every line short, asking nothing, ending no sentence, holding no code. */
    static boolean isLabel(Paragraph p) {
        for (var line : p.lines()) {
            String s = unbullet(line.text().strip());
            if (s.isEmpty() || s.length() > MAX_LABEL_CHARS || words(s) > MAX_LABEL_WORDS || s.contains("`")) return false;
            char last = s.charAt(s.length() - 1);
            if (".?!:;,".indexOf(last) >= 0) return false;
        }
        return true;
    }

    /** One line of three or more short labels joined by a separator ({@code Home › Docs › Python}). */
    static boolean isNavigation(Paragraph p) {
        if (p.lines().size() != 1) return false;
        String s = p.text().strip();
        for (int k = 0; k < SEPARATORS.length(); k++) {
            char sep = SEPARATORS.charAt(k);
            int first = s.indexOf(sep);
            if (first < 0 || s.indexOf(sep, first + 1) < 0) continue; // fewer than three parts
            boolean labels = true;
            for (int from = 0; from <= s.length() && labels; ) {
                int to = s.indexOf(sep, from);
                if (to < 0) to = s.length();
                String t = s.substring(from, to).strip();
                if (t.isEmpty() || words(t) > 4 || t.endsWith(".") || t.endsWith("?")) labels = false;
                from = to + 1;
            }
            if (labels) return true;
        }
        return false;
    }

    private static String unbullet(String s) {
        return !s.isEmpty() && "•◦▪-*".indexOf(s.charAt(0)) >= 0 ? s.substring(1).strip() : s;
    }

    private static int words(String s) {
        int w = 0;
        boolean in = false;
        for (int k = 0; k < s.length(); k++) {
            boolean letter = !Character.isWhitespace(s.charAt(k));
            if (letter && !in) w++;
            in = letter;
        }
        return w;
    }

    private static String key(Paragraph p) {
        return p.text().strip().toLowerCase(Locale.ROOT);
    }
}
