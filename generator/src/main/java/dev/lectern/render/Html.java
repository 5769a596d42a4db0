package dev.lectern.render;

/** HTML escaping for the strings we build by hand (flexmark and Pebble escape their own). */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values alike. */
    static String escape(CharSequence s) {
        return escape(s, true);
    }

    /** Escapes text for element content: only the characters that could start markup or an entity. */
    static String escapeText(CharSequence s) {
        return escape(s, false);
    }

    private static String escape(CharSequence s, boolean quotes) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(quotes ? "&quot;" : "\"");
                case '\'' -> sb.append(quotes ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The link a heading carries to itself; the theme shows it as "#" on hover and focus. */
    static String anchor(String id) {
        return "<a class=\"heading-anchor\" href=\"#" + escape(id) + "\" aria-label=\"Link to this section\"></a>";
    }
}
