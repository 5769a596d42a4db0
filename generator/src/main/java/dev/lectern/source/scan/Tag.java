package dev.lectern.source.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An opening HTML/JSX tag at the start of a line: its name, attributes, whether it closes itself, and the text after
 * it on the same line. Attribute values may be {@code "…"}, {@code '…'} or {@code {…}} (kept as source text).
 */
public record Tag(String name, Map<String, String> attributes, boolean selfClosing, String after) {

    /** The tag opening this line, or null. {@code components} = only capitalised (MDX) names, else only {@code name}. */
    public static Tag open(String text, String onlyName) {
        String s = text.stripLeading();
        if (s.length() < 3 || s.charAt(0) != '<') return null;
        int end = 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.')) end++;
        String name = s.substring(1, end);
        if (name.isEmpty()) return null;
        if (onlyName == null ? !Character.isUpperCase(name.charAt(0)) : !name.equalsIgnoreCase(onlyName)) return null;
        if (end < s.length() && " \t>/".indexOf(s.charAt(end)) < 0) return null;
        Map<String, String> attrs = new LinkedHashMap<>();
        int k = end;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '>') return new Tag(name, attrs, false, s.substring(k + 1));
            if (c == '/' && k + 1 < s.length() && s.charAt(k + 1) == '>') return new Tag(name, attrs, true, s.substring(k + 2));
            if (Character.isWhitespace(c)) {
                k++;
                continue;
            }
            int nameEnd = k;
            while (nameEnd < s.length() && "=> \t/".indexOf(s.charAt(nameEnd)) < 0) nameEnd++;
            String attr = s.substring(k, nameEnd);
            if (attr.isEmpty()) return null;
            k = nameEnd;
            String value = "true";
            if (k < s.length() && s.charAt(k) == '=') {
                k++;
                if (k >= s.length()) return null;
                char q = s.charAt(k);
                int close;
                if (q == '"' || q == '\'') close = s.indexOf(q, k + 1);
                else if (q == '{') close = matchBrace(s, k);
                else {
                    close = k;
                    while (close < s.length() && " \t>".indexOf(s.charAt(close)) < 0) close++;
                    value = s.substring(k, close);
                    attrs.put(attr, value);
                    k = close;
                    continue;
                }
                if (close < 0) return null;
                value = s.substring(k + 1, close);
                k = close + 1;
            }
            attrs.put(attr, value);
        }
        return null;  // no '>' on this line: multi-line opening tags are left as text
    }

    /** MDX lets an opening tag run over several lines (one attribute a line); more than this is not a tag. */
    static final int MAX_OPENER_LINES = 32;

    /** An opening tag and the index of the line it ends on. */
    record Spanning(Tag tag, int last) {
    }

    /**
     * The component ({@code onlyName} null) or named tag opened at line {@code i}, whose {@code >} may be on a later line
     * (within {@link #MAX_OPENER_LINES}; a blank line ends the search); null when none is.
     */
    static Spanning openAt(List<Line> lines, int i, String onlyName) {
        Tag one = open(lines.get(i).text(), onlyName);
        if (one != null) return new Spanning(one, i);
        String first = lines.get(i).text().stripLeading();
        if (first.length() < 2 || first.charAt(0) != '<' || !Character.isLetter(first.charAt(1))) return null;
        if (onlyName == null && !Character.isUpperCase(first.charAt(1))) return null;  // HTML: not ours to join
        StringBuilder joined = new StringBuilder(lines.get(i).text());
        for (int k = i + 1; k < lines.size() && k <= i + MAX_OPENER_LINES && !lines.get(k).isBlank(); k++) {
            joined.append(' ').append(lines.get(k).text().strip());
            if (lines.get(k).text().indexOf('>') < 0) continue;
            Tag tag = open(joined.toString(), onlyName);
            if (tag != null) return new Spanning(tag, k);
        }
        return null;
    }

    private static int matchBrace(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            if (s.charAt(k) == '{') depth++;
            else if (s.charAt(k) == '}' && --depth == 0) return k;
        }
        return -1;
    }

    public String attr(String key) {
        return attributes.getOrDefault(key, "");
    }
}
