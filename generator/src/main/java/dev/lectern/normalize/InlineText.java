package dev.lectern.normalize;

/** Inline Markdown → text for slugs: backslash escapes resolved, backticks removed; other punctuation is the slug's business. */
public final class InlineText {
    private InlineText() {
    }

    public static String plain(String inline) {
        StringBuilder sb = new StringBuilder(inline.length());
        for (int i = 0; i < inline.length(); i++) {
            char c = inline.charAt(i);
            if (c == '\\' && i + 1 < inline.length() && inline.charAt(i + 1) < 128 && !Character.isLetterOrDigit(inline.charAt(i + 1))) {
                sb.append(inline.charAt(++i));
            } else if (c != '`') {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
