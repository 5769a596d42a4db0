package dev.lectern.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * An allow-list for the raw HTML authors put in Markdown (centred badge rows, {@code <details>}, {@code <kbd>}).
 * Known tags keep their harmless attributes; scripts and their kin go with their content; unknown tags (leftover
 * MDX components) lose the tag but keep the text. The OWASP sanitizer's lexer reads the HTML as a browser would
 * (half-written tags and unclosed quotes included), and every tag we keep is written anew, complete, so nothing can
 * combine with later output into a live tag.
 *
 * <p>One piece of raw HTML (a flexmark node) is cleaned at a time and its tags are left unbalanced, since a
 * {@code <div align="center">} often closes in a later piece of the same block; {@link HtmlTree} balances the whole
 * block afterwards.
 */
final class HtmlSanitizer {
    private static final Set<String> DROP_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed",
            "template", "textarea", "title", "xmp", "noembed", "noframes", "frameset", "applet", "svg", "math",
            "noscript", "plaintext");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "source", "wbr", "col");
    private static final Set<String> TAGS = Set.of("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption",
            "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
            "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "source", "span", "strong", "sub",
            "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
            "video", "audio");
    private static final Set<String> GLOBAL_ATTRS = Set.of("id", "class", "title", "lang", "dir", "role");
    private static final Map<String, Set<String>> TAG_ATTRS = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel", "hreflang")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "srcset")),
            Map.entry("source", Set.of("src", "srcset", "media", "type", "width", "height")),
            // no autoplay: a page never starts playing on its own
            Map.entry("video", Set.of("src", "poster", "controls", "width", "height", "muted", "loop", "playsinline", "preload")),
            Map.entry("audio", Set.of("src", "controls", "loop", "muted", "preload")),
            Map.entry("td", Set.of("colspan", "rowspan")), Map.entry("th", Set.of("colspan", "rowspan", "scope")),
            Map.entry("ol", Set.of("start", "reversed", "type")), Map.entry("li", Set.of("value")),
            Map.entry("details", Set.of("open")), Map.entry("time", Set.of("datetime")),
            Map.entry("blockquote", Set.of("cite")), Map.entry("q", Set.of("cite")),
            Map.entry("col", Set.of("span")), Map.entry("colgroup", Set.of("span")));
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "cite", "poster");
    /** The attributes whose URL names something the page shows or links to, resolved for the page ({@code cite} is a citation). */
    private static final Set<String> REFERENCES = Set.of("href", "src", "poster");
    private static final Set<String> ALIGN = Set.of("left", "right", "center", "justify");

    private HtmlSanitizer() {
    }

    /**
     * @param headingLevel maps an author's heading level to the page's (raw {@code <h1>} must not compete with ours)
     * @param links        false for titles, which are printed inside our own links
     * @param dropped      told what was removed, for the block's diagnostic
     */
    static String sanitize(String html, IntUnaryOperator headingLevel, boolean links, Consumer<String> dropped) {
        return sanitize(html, headingLevel, links, dropped, UnaryOperator.identity());
    }

    /** @param url makes a URL the author wrote ({@code href}, {@code src}, {@code srcset}, {@code poster}) into one from the page */
    static String sanitize(String html, IntUnaryOperator headingLevel, boolean links, Consumer<String> dropped, UnaryOperator<String> url) {
        return sanitize(html, headingLevel, links, dropped, url, new java.util.ArrayDeque<>());
    }

    /**
     * @param tooltips the tags open {@code <Tooltip>}s were written as, innermost first: a tooltip's closing tag comes in
     *                 a later piece of the block, and must close what its opening tag became (a link or an {@code abbr})
     */
    static String sanitize(String html, IntUnaryOperator headingLevel, boolean links, Consumer<String> dropped, UnaryOperator<String> url,
                           java.util.Deque<String> tooltips) {
        Writer w = new Writer(headingLevel, links, dropped, url, tooltips);
        // the processor sees the lexer's events before OWASP's own policy and tag balancing, which we do not use
        org.owasp.html.HtmlSanitizer.sanitize(html, Writer.IGNORE, sink -> w);
        return w.out.toString();
    }

    /** Writes the events it is sent as clean HTML. */
    private static final class Writer implements HtmlStreamEventReceiver {
        static final org.owasp.html.HtmlSanitizer.Policy IGNORE = new org.owasp.html.HtmlSanitizer.Policy() {
            public void openDocument() { }
            public void closeDocument() { }
            public void openTag(String name, List<String> attrs) { }
            public void closeTag(String name) { }
            public void text(String text) { }
        };

        final StringBuilder out = new StringBuilder();
        private final IntUnaryOperator level;
        private final boolean links;
        private final Consumer<String> dropped;
        private final UnaryOperator<String> url;
        /** Inside a dropped element: discard everything up to its end tag. */
        private String skipUntil;
        /** The page's tag for the author's heading open in this piece, if any. */
        private String heading;

        private final java.util.Deque<String> tooltips;

        Writer(IntUnaryOperator level, boolean links, Consumer<String> dropped, UnaryOperator<String> url, java.util.Deque<String> tooltips) {
            this.tooltips = tooltips;
            this.level = level;
            this.links = links;
            this.dropped = dropped;
            this.url = url;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void text(String text) {
            if (skipUntil == null) out.append(Html.escapeText(text));
        }

        @Override
        public void closeTag(String tag) {
            String name = tag.toLowerCase(Locale.ROOT);
            if (skipUntil != null) {
                if (skipUntil.equals(name)) skipUntil = null;
                return;
            }
            if (name.equals("center")) name = "div";
            if (name.equals("tooltip")) name = tooltips.isEmpty() ? "abbr" : tooltips.pop();
            if (!TAGS.contains(name) || (!links && name.equals("a"))) {
                dropped.accept("<" + name + ">");
                return;
            }
            if (isHeading(name)) {
                // the level its start tag got (mapping again would move the page's outline on); none: the block's balancing closes it
                if (heading == null) return;
                name = heading;
                heading = null;
            }
            if (!VOID.contains(name)) out.append("</").append(name).append('>');
        }

        @Override
        public void openTag(String tag, List<String> attrs) {
            if (skipUntil != null) return;
            String name = tag.toLowerCase(Locale.ROOT);
            if (DROP_WITH_CONTENT.contains(name)) {
                dropped.accept("<" + name + ">");
                skipUntil = name;
                return;
            }
            String extraClass = "";
            if (name.equals("center")) { // obsolete, but authors use it for badge rows
                name = "div";
                extraClass = "align-center";
            }
            if (name.equals("tooltip")) { // Mintlify <Tooltip tip>: the word keeps its tip, for mouse, keyboard and touch
                tooltip(attrs);
                return;
            }
            if (!TAGS.contains(name) || (!links && name.equals("a"))) {
                dropped.accept("<" + name + ">");
                return;
            }
            if (isHeading(name)) {
                name = "h" + level.applyAsInt(name.charAt(1) - '0');
                heading = name;
            }
            start(name, extraClass, attrs);
        }

        private void start(String name, String extraClass, List<String> attrs) {
            boolean hasAlt = false;
            boolean hasId = false;
            String nameAsId = null;
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                String key = attrs.get(i).toLowerCase(Locale.ROOT);
                String value = attrs.get(i + 1);
                if (key.equals("align") && ALIGN.contains(value.toLowerCase(Locale.ROOT))) {
                    extraClass = (extraClass + " align-" + value.toLowerCase(Locale.ROOT)).trim();
                    continue;
                }
                if (key.equals("classname")) { // MDX: only a Tailwind light/dark pair means something outside its site
                    String scheme = schemeClass(value);
                    if (scheme.isEmpty()) dropped.accept(key + "=");
                    else extraClass = (extraClass + " " + scheme).trim();
                    continue;
                }
                if (key.equals("markdown")) continue; // md_in_html's "parse my content as Markdown": an instruction, not content
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
                if (REFERENCES.contains(key)) value = url.apply(value);
                else if (key.equals("srcset")) value = srcset(value);
                hasAlt |= key.equals("alt");
                hasId |= key.equals("id");
                kept.append(' ').append(key).append("=\"").append(Html.escape(value)).append('"');
            }
            out.append('<').append(name);
            if (nameAsId != null && !hasId) out.append(" id=\"").append(Html.escape(nameAsId)).append('"');
            if (!extraClass.isEmpty()) out.append(" class=\"").append(Html.escape(extraClass)).append('"');
            out.append(kept);
            if (name.equals("img") && !hasAlt) out.append(" alt=\"\"");
            out.append('>');
        }

        /**
         * Mintlify's {@code <Tooltip tip cta href>} offers a link under its tip: here the word is that link, its title the
         * tip and the call to action. Without a link (none, unsafe, or inside a title that is a link already) it is an
         * {@code abbr} that keyboard users can focus.
         */
        private void tooltip(List<String> attrs) {
            String tip = value(attrs, "tip");
            String cta = value(attrs, "cta").strip();
            String href = value(attrs, "href").strip();
            if (links && !href.isEmpty() && UrlPolicy.isSafe(href)) {
                String title = cta.isEmpty() ? tip : tip + " — " + cta;
                out.append("<a class=\"tooltip\" href=\"").append(Html.escape(url.apply(href))).append("\" title=\"").append(Html.escape(title)).append("\">");
                tooltips.push("a");
                return;
            }
            if (!href.isEmpty()) dropped.accept("href=");
            out.append("<abbr class=\"tooltip\" tabindex=\"0\" title=\"").append(Html.escape(tip)).append("\">");
            if (links) tooltips.push("abbr");
        }

        /** {@code "block dark:hidden"} → shown in the light scheme only; {@code "hidden dark:block"} → dark only. */
        private static String schemeClass(String classes) {
            List<String> tokens = List.of(classes.strip().split("\\s+"));
            if (tokens.contains("dark:hidden")) return "only-light";
            if (tokens.contains("hidden") && tokens.stream().anyMatch(t -> t.startsWith("dark:") && !t.equals("dark:hidden"))) return "only-dark";
            return "";
        }

        private static String value(List<String> attrs, String key) {
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                if (attrs.get(i).equalsIgnoreCase(key)) return attrs.get(i + 1);
            }
            return "";
        }

        private static boolean isHeading(String name) {
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        }

        /** Each candidate's URL of a srcset ("a.png 1x, b.png 2x") made into one from the page. */
        private String srcset(String value) {
            StringBuilder sb = new StringBuilder();
            for (String candidate : value.split(",")) {
                String trimmed = candidate.strip();
                int space = 0;
                while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) space++;
                if (sb.length() > 0) sb.append(", ");
                sb.append(url.apply(trimmed.substring(0, space))).append(trimmed.substring(space));
            }
            return sb.toString();
        }

        private static boolean safeSrcset(String value) {
            for (String candidate : value.split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                if (!UrlPolicy.isSafe(url)) return false;
            }
            return true;
        }
    }
}
