package dev.lectern.model;

/**
 * Where TeX math is in prose: {@code $…$} inline and {@code $$…$$} displayed, read the way Pandoc reads them so that
 * prices stay text: the opening {@code $} follows no letter or digit ({@code US$5}) and is followed by a non-space;
 * the closing one follows a non-space and is not followed by a digit ({@code $0.02 and $5}); an inline formula ends
 * at a blank line. The search for a closing dollar is bounded, keeping a paragraph full of dollars linear. The page
 * (which shows the formula) and search (which indexes its TeX as text) read math by this one rule.
 */
public final class MathDollars {
    /** How far an inline formula may reach; displayed ones span lines and may be long (matrices). */
    private static final int INLINE_LIMIT = 1_000;
    private static final int DISPLAY_LIMIT = 20_000;

    private MathDollars() {
    }

    /** A formula found at a dollar: its TeX is {@code [from, end)}, and the text after it starts at {@code after}. */
    public record Span(boolean display, int from, int end, int after) {
    }

    /** The formula that opens at {@code at} (a {@code $}), or null when that dollar is not math. */
    public static Span at(CharSequence s, int at) {
        if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) return null;
        boolean display = at + 1 < s.length() && s.charAt(at + 1) == '$';
        int from = at + (display ? 2 : 1);
        int end = display ? displayEnd(s, from) : inlineEnd(s, from);
        if (end < 0 || s.subSequence(from, end).toString().isBlank()) return null;
        return new Span(display, from, end, end + (display ? 2 : 1));
    }

    /** {@code text} with every formula's dollars removed and its TeX kept: "$O(1)$ time" → "O(1) time". */
    public static String withoutDollars(String text) {
        int dollar = text.indexOf('$');
        if (dollar < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (dollar >= 0) {
            Span span = dollar > 0 && text.charAt(dollar - 1) == '\\' ? null : at(text, dollar); // \$ is a dollar sign
            if (span == null) {
                dollar = text.indexOf('$', dollar + 1);
                continue;
            }
            out.append(text, copied, dollar).append(text, span.from(), span.end());
            copied = span.after();
            dollar = text.indexOf('$', copied);
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static int displayEnd(CharSequence s, int from) {
        int limit = Math.min(s.length() - 1, from + DISPLAY_LIMIT);
        for (int i = from; i < limit; i++) if (s.charAt(i) == '$' && s.charAt(i + 1) == '$') return i;
        return -1;
    }

    private static int inlineEnd(CharSequence s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '$') return -1;
        int limit = Math.min(s.length(), from + INLINE_LIMIT);
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++; // \$ inside TeX is a dollar sign
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(s.charAt(i - 1)) && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)));
                if (closes) return i;
            } else if (c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
