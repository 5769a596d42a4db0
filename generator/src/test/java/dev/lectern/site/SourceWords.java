package dev.lectern.site;

/**
 * Source text minus markup, for counting a reader's words: fence info strings, admonition and tab markers, HTML/JSX
 * tags (but not their {@code title}s), link and image destinations, and MDX plumbing go; everything else stays.
 */
final class SourceWords {
    private SourceWords() {
    }

    static String strip(String source) {
        StringBuilder out = new StringBuilder(source.length());
        for (String line : source.split("\n")) {
            String s = line.strip();
            if (s.startsWith("```") || s.startsWith("~~~")) continue;
            if (s.startsWith("!!!") || s.startsWith("???") || s.startsWith("===") || s.startsWith(":::")) {
                int q = s.indexOf('"');
                out.append(q >= 0 ? s.substring(q) : "").append('\n');
                continue;
            }
            if (s.startsWith("> [!")) continue;
            out.append(stripInline(line)).append('\n');
        }
        return out.toString();
    }

    private static String stripInline(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '<' && i + 1 < line.length() && (Character.isLetter(line.charAt(i + 1)) || line.charAt(i + 1) == '/')) {
                int end = line.indexOf('>', i);
                if (end < 0) break;
                String tag = line.substring(i, end);
                int t = tag.indexOf("title=\"");
                if (t >= 0) sb.append(' ').append(tag, t + 7, Math.max(t + 7, tag.indexOf('"', t + 7))).append(' ');
                int alt = tag.indexOf("alt=\"");
                if (alt >= 0) sb.append(' ').append(tag, alt + 5, Math.max(alt + 5, tag.indexOf('"', alt + 5))).append(' ');
                i = end + 1;
            } else if (c == ']' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int end = line.indexOf(')', i);
                sb.append(' ');
                i = end < 0 ? line.length() : end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
