package dev.lectern.render;

/**
 * A title with no Markdown in it: letters, digits, single spaces and punctuation that no inline rule of our flexmark
 * setup (emphasis, code, links, HTML, entities, escapes, strikethrough, footnotes, autolinks, shortcodes, keys, marks,
 * math) starts with. Most titles
 * are such text, and rendering them through flexmark cost a parser and an HTML renderer each (about 180 µs; a guide
 * of 100,000 sections spent most of its build there). For these, the HTML is the text with flexmark's escaping and the
 * plain text is the text itself; {@code PlainTitleTest} checks both against flexmark over many titles.
 */
final class PlainTitle {
    /**
     * Punctuation that stays text in a heading; '#' only inside one (a trailing run is escaped before we look); ':',
     * '+' and '=' only where they cannot open a shortcode ({@code :rocket:}), keys ({@code ++ctrl++}) or a mark
     * ({@code ==x==}); '$' never (math).
     */
    private static final String SAFE_PUNCTUATION = ",.;:?!'\"()/-+=%#";

    private PlainTitle() {
    }

    /** Whether {@code headingText} (a title already made one heading line) reads as itself, with no Markdown. */
    static boolean is(String headingText) {
        if (headingText.isEmpty()) return false;
        char previous = ' ';
        for (int i = 0; i < headingText.length(); i++) {
            char c = headingText.charAt(i);
            boolean ok = c == ' ' ? previous != ' ' : Character.isLetterOrDigit(c) || SAFE_PUNCTUATION.indexOf(c) >= 0;
            if (!ok || opensSyntax(c, previous, i + 1 < headingText.length() ? headingText.charAt(i + 1) : ' ')) return false;
            previous = c;
        }
        if (headingText.charAt(0) == ' ' || previous == ' ' || headingText.charAt(0) == '#') return false;
        // autolinks: a scheme's "://", a "www." host (any case); '@' (e-mail) is not in the safe set
        return !headingText.contains("://") && !hasWww(headingText);
    }

    /** The title as flexmark writes text: only '"' needs escaping, since '&', '<' and '>' never pass {@link #is}. */
    static String html(String headingText) {
        return headingText.indexOf('"') < 0 ? headingText : headingText.replace("\"", "&quot;");
    }

    /** A ':' before a word (a shortcode may start there), or a doubled '+' or '='. */
    private static boolean opensSyntax(char c, char previous, char next) {
        if (c == ':') return Character.isLetterOrDigit(next) || next == '+' || next == '_' || next == '-';
        return (c == '+' || c == '=') && previous == c;
    }

    private static boolean hasWww(String s) {
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            if (i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3)) return true;
        }
        return false;
    }
}
