package dev.lectern.source.scan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An opening HTML/JSX tag at the start of a line: its name, attributes, whether it closes itself, and the text after
 * it on the same line. Attribute values may be {@code "…"}, {@code '…'} or {@code {…}} (kept as source text).
 */
record Tag(String name, Map<String, String> attributes, boolean selfClosing, String after) {

    /** The tag opening this line, or null. {@code components} = only capitalised (MDX) names, else only {@code name}. */
    static Tag open(String text, String onlyName) {
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

    private static int matchBrace(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            if (s.charAt(k) == '{') depth++;
            else if (s.charAt(k) == '}' && --depth == 0) return k;
        }
        return -1;
    }

    String attr(String key) {
        return attributes.getOrDefault(key, "");
    }
}
