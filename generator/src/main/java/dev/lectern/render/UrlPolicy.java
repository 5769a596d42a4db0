package dev.lectern.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs may appear in href/src: relative ones and a few harmless schemes. Browsers ignore whitespace and
 * control characters inside a scheme and decode entities in attributes, so {@code jav&#x61;script:} and
 * {@code java\tscript:} are caught by decoding and stripping before the scheme is read.
 */
final class UrlPolicy {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);?");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IMAGE_DATA = Pattern.compile("^data:image/(png|gif|jpe?g|webp);base64,[A-Za-z0-9+/=\\s]*$");

    private UrlPolicy() {
    }

    static boolean isSafe(String raw) {
        String url = decode(raw);
        int end = firstOf(url, "/?#");
        String head = url.substring(0, end);
        if (!head.contains(":")) return true; // relative path, query or fragment
        if (head.contains("&")) return false;  // an undecoded named entity could hide the colon
        Matcher m = SCHEME.matcher(url);
        if (!m.find()) return false;
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return SCHEMES.contains(scheme) || (scheme.equals("data") && IMAGE_DATA.matcher(url).matches());
    }

    private static String decode(String raw) {
        Matcher m = NUMERIC_ENTITY.matcher(raw);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int cp;
            try {
                cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            } catch (NumberFormatException e) {
                cp = 0xFFFD;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.isValidCodePoint(cp) ? Character.toString(cp) : "\uFFFD"));
        }
        m.appendTail(sb);
        String s = sb.toString().replace("&colon;", ":").replace("&Tab;", "").replace("&NewLine;", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != 0x7F) out.append(c);
        }
        return out.toString();
    }

    /** The index of the first of {@code chars} in {@code s}, or its length. */
    static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return s.length();
    }
}
