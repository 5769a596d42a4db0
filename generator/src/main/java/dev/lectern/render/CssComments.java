package dev.lectern.render;

/**
 * A stylesheet as published: without its comments, which explain the theme to whoever edits it and are a quarter of
 * the built-in stylesheet's gzip weight. Strings and unquoted {@code url(…)} are copied as they are (a comment opener
 * inside them is text); a comment is replaced by nothing, or by a space where it separates two tokens. One pass.
 */
final class CssComments {
    private CssComments() {
    }

    static String strip(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1)) && i < n && !Character.isWhitespace(css.charAt(i))) out.append(' ');
                if (i < n && css.charAt(i) == '\n') {
                    // no trailing blanks where a comment ended the line, and no blank line where it was the line
                    while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) out.setLength(out.length() - 1);
                    if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') i++;
                }
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(css, i, c);
                out.append(css, i, end);
                i = end;
            } else if (isUnquotedUrl(css, i)) {
                int close = css.indexOf(')', i);
                int end = close < 0 ? n : close + 1;
                out.append(css, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the string opened by quote at i (its closing quote, or the line's end where it is left open). */
    private static int stringEnd(String css, int i, char quote) {
        int j = i + 1;
        while (j < css.length()) {
            char c = css.charAt(j);
            if (c == '\\') j += 2;
            else if (c == quote) return j + 1;
            else if (c == '\n') return j;
            else j++;
        }
        return css.length();
    }

    private static boolean isUnquotedUrl(String css, int i) {
        if (!css.regionMatches(true, i, "url(", 0, 4)) return false;
        int j = i + 4;
        while (j < css.length() && Character.isWhitespace(css.charAt(j))) j++;
        return j < css.length() && css.charAt(j) != '"' && css.charAt(j) != '\'';
    }
}
