package dev.lectern.normalize;

import dev.lectern.model.IconShortcodes;

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

    /** {@code text} without MkDocs Material's icon shortcodes ({@code :octicons-gear-24:}), which show no words. */
    public static String withoutIcons(String text) {
        if (text.indexOf(':') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = iconEnd(text, i);
            if (end > i) {
                i = end;
            } else {
                sb.append(text.charAt(i++));
            }
        }
        return sb.toString().replace("  ", " ").strip();
    }

    /** The index after an icon shortcode starting at {@code i}, or {@code i}. */
    private static int iconEnd(String s, int i) {
        if (s.charAt(i) != ':') return i;
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '_')) j++;
        return j < s.length() && s.charAt(j) == ':' && IconShortcodes.isIcon(s.substring(i + 1, j)) ? j + 1 : i;
    }
}
