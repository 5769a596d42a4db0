package dev.lectern.model;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lowercase ASCII letters, digits and single dashes ("What is `__init__`?" → "what-is-init"). */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String text) {
        return slug(text, 80);
    }

    public static String slug(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && sb.length() > 0) sb.append('-');
                sb.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        String s = sb.toString();
        if (s.length() <= maxLength) return s;
        int cut = s.lastIndexOf('-', maxLength);
        return s.substring(0, cut > maxLength / 2 ? cut : maxLength);
    }
}
