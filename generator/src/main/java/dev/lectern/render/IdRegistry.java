package dev.lectern.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids used on one page. flexmark only de-duplicates heading ids within one document, but a page holds many
 * Markdown blocks (every answer of a guide), so each block's ids are claimed here in document order and renamed
 * ({@code x}, {@code x-1}, …) when taken. Not thread-safe: one page renders on one thread.
 */
final class IdRegistry {
    private static final Pattern ID_ATTR = Pattern.compile("(\\sid=\")([^\"]*)(\")");
    private static final Pattern LOCAL_HREF = Pattern.compile("(\\shref=\"#)([^\"]*)(\")");

    private final Set<String> used = new HashSet<>();
    /** Ids claimed up front for an element some block will emit (a reference's row); that first emission keeps it. */
    private final Set<String> reserved = new HashSet<>();

    /** The id itself when free, else the first free {@code id-N}. */
    String claim(String id) {
        String base = id.isEmpty() ? "section" : id;
        if (used.add(base)) return base;
        for (int n = 1; ; n++) {
            String candidate = base + "-" + n;
            if (used.add(candidate)) return candidate;
        }
    }

    /** Claims {@code id} (or its first free variant) for an element a later block emits: that block keeps it as is. */
    String reserve(String id) {
        String got = claim(id);
        reserved.add(got);
        return got;
    }

    /**
     * Claims every {@code id="…"} in a block of HTML we rendered and rewrites the block's own {@code href="#…"}
     * links to follow renamed targets. Attribute values are always double-quoted in our output, and text content
     * never holds a raw {@code "}, so the patterns only ever see attributes.
     */
    String uniquify(String html) {
        if (!html.contains(" id=\"")) return html;
        Map<String, String> renamed = new HashMap<>();
        String out = replace(ID_ATTR, html, old -> {
            if (reserved.remove(old)) return old;
            String now = claim(old);
            if (!now.equals(old)) renamed.putIfAbsent(old, now);
            return now;
        });
        if (renamed.isEmpty()) return out;
        return replace(LOCAL_HREF, out, old -> renamed.getOrDefault(old, old));
    }

    private static String replace(Pattern p, String s, java.util.function.UnaryOperator<String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s.length() + 32);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + f.apply(m.group(2)) + m.group(3)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
