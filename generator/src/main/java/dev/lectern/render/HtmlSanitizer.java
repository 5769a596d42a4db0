package dev.lectern.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An allow-list for the raw HTML authors put in Markdown (centred badge rows, {@code <details>}, {@code <kbd>}).
 * Known tags keep their harmless attributes; scripts and their kin go with their content; unknown tags (leftover
 * MDX components) lose the tag but keep the text. Every {@code <} that does not start a tag we recognise is
 * escaped, so a half-written tag can never combine with later output into a live one.
 */
final class HtmlSanitizer {
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<![^>]*>|<\\?.*?\\?>"
                    + "|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>",
            Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private static final Set<String> DROP_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed",
            "template", "textarea", "title", "xmp", "noembed", "noframes", "frameset", "applet", "svg", "math");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "source", "wbr", "col");
    private static final Set<String> TAGS = Set.of("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption",
            "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
            "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "source", "span", "strong", "sub",
            "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");
    private static final Set<String> GLOBAL_ATTRS = Set.of("id", "class", "title", "lang", "dir", "role");
    private static final Map<String, Set<String>> TAG_ATTRS = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel", "hreflang")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "srcset")),
            Map.entry("source", Set.of("srcset", "media", "type", "width", "height")),
            Map.entry("td", Set.of("colspan", "rowspan")), Map.entry("th", Set.of("colspan", "rowspan", "scope")),
            Map.entry("ol", Set.of("start", "reversed", "type")), Map.entry("li", Set.of("value")),
            Map.entry("details", Set.of("open")), Map.entry("time", Set.of("datetime")),
            Map.entry("blockquote", Set.of("cite")), Map.entry("q", Set.of("cite")),
            Map.entry("col", Set.of("span")), Map.entry("colgroup", Set.of("span")));
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "cite");
    private static final Set<String> ALIGN = Set.of("left", "right", "center", "justify");

    private HtmlSanitizer() {
    }

    /**
     * @param headingLevel maps an author's heading level to the page's (raw {@code <h1>} must not compete with ours)
     * @param links        false for titles, which are printed inside our own links
     * @param dropped      told what was removed, for the block's diagnostic
     */
    static String sanitize(String html, IntUnaryOperator headingLevel, boolean links, Consumer<String> dropped) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        String skipUntil = null; // inside a dropped element: discard everything up to its end tag
        while (m.find()) {
            if (skipUntil == null) text(html.substring(at, m.start()), out);
            at = m.end();
            String name = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = m.group(1) != null && !m.group(1).isEmpty();
            if (skipUntil != null) {
                if (closing && skipUntil.equals(name)) skipUntil = null;
                continue;
            }
            if (name == null) continue; // comments, doctypes, processing instructions: invisible anyway
            if (DROP_WITH_CONTENT.contains(name)) {
                dropped.accept("<" + name + ">");
                if (!closing && !m.group(0).endsWith("/>")) skipUntil = name;
                continue;
            }
            String extraClass = "";
            if (name.equals("center")) { // obsolete, but authors use it for badge rows
                name = "div";
                extraClass = "align-center";
            }
            if (!TAGS.contains(name) || (!links && name.equals("a"))) {
                dropped.accept("<" + name + ">");
                continue;
            }
            tag(name, extraClass, closing, m.group(3), headingLevel, dropped, out);
        }
        if (skipUntil == null) text(html.substring(at), out);
        return out.toString();
    }

    private static void tag(String name, String extraClass, boolean closing, String attrs, IntUnaryOperator level,
                            Consumer<String> dropped, StringBuilder out) {
        if (HEADING.matcher(name).matches()) {
            name = "h" + level.applyAsInt(name.charAt(1) - '0');
        }
        if (closing) {
            if (!VOID.contains(name)) out.append("</").append(name).append('>');
            return;
        }
        out.append('<').append(name);
        boolean hasAlt = false;
        boolean hasId = false;
        String nameAsId = null;
        Matcher a = ATTR.matcher(attrs);
        StringBuilder kept = new StringBuilder();
        while (a.find()) {
            String key = a.group(1).toLowerCase(Locale.ROOT);
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : "";
            if (key.equals("align") && ALIGN.contains(value.toLowerCase(Locale.ROOT))) {
                extraClass = (extraClass + " align-" + value.toLowerCase(Locale.ROOT)).trim();
                continue;
            }
            if (key.equals("name") && name.equals("a")) {
                nameAsId = value; // obsolete anchor form: keep the target working as an id
                continue;
            }
            boolean allowed = GLOBAL_ATTRS.contains(key) || key.startsWith("aria-")
                    || TAG_ATTRS.getOrDefault(name, Set.of()).contains(key);
            if (!allowed || (URL_ATTRS.contains(key) && !UrlPolicy.isSafe(value)) || (key.equals("srcset") && !safeSrcset(value))) {
                dropped.accept(key + "=");
                continue;
            }
            if (key.equals("class")) {
                extraClass = (value + " " + extraClass).trim();
                continue;
            }
            hasAlt |= key.equals("alt");
            hasId |= key.equals("id");
            kept.append(' ').append(key).append("=\"").append(attrValue(value)).append('"');
        }
        if (nameAsId != null && !hasId) out.append(" id=\"").append(attrValue(nameAsId)).append('"');
        if (!extraClass.isEmpty()) out.append(" class=\"").append(attrValue(extraClass)).append('"');
        out.append(kept);
        if (name.equals("img") && !hasAlt) out.append(" alt=\"\"");
        out.append('>');
    }

    private static boolean safeSrcset(String value) {
        for (String candidate : value.split(",")) {
            String url = candidate.trim().split("\\s+")[0];
            if (!UrlPolicy.isSafe(url)) return false;
        }
        return true;
    }

    /** Entities the author wrote stay as written; only characters that could end the attribute are escaped. */
    private static String attrValue(String v) {
        return v.replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void text(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
