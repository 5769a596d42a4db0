package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.testing.Bounded;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Any raw HTML an author writes comes out of the sanitizer without an exception, within the deadline, and, read back
 * the way a browser reads it (jsoup's HTML5 parser), with nothing that runs: no script-bearing element, no event
 * handler, no URL with a scheme that executes.
 */
class HtmlSanitizerFuzzTest {
    private static final Set<String> LIVE = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "form", "input", "button", "textarea", "select", "base", "meta", "link", "template",
            "noscript", "xmp", "plaintext", "noembed", "noframes", "portal");

    @FuzzTest(maxDuration = "10s")
    void anyHtmlComesOutInert(byte[] bytes) {
        String html = new String(bytes, StandardCharsets.UTF_8);
        for (boolean links : new boolean[] {true, false}) {
            String out = Bounded.run("the sanitizer", bytes.length, () -> HtmlSanitizer.sanitize(html, level -> Math.min(6, level + 1), links, d -> { }));
            for (Element e : Jsoup.parseBodyFragment(out).body().getAllElements()) {
                assertFalse(LIVE.contains(e.normalName()), () -> "<" + e.normalName() + "> survived in " + out);
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.startsWith("on") || key.equals("style") || key.equals("formaction") || key.equals("srcdoc")) {
                        fail(key + "= survived in " + out);
                    }
                    if ((key.equals("href") || key.equals("src") || key.equals("cite") || key.equals("srcset")) && executes(a.getValue())) {
                        fail(key + "=\"" + a.getValue() + "\" survived in " + out);
                    }
                }
            }
        }
    }

    /** As a browser reads a URL's scheme: entities already decoded by the parser, whitespace and controls ignored. */
    static boolean executes(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) if (c > ' ' && c != 0x7F) sb.append(Character.toLowerCase(c));
        String s = sb.toString();
        for (String part : s.split(",")) { // srcset lists several URLs
            String p = part.strip();
            if (p.startsWith("javascript:") || p.startsWith("vbscript:") || (p.startsWith("data:") && !p.startsWith("data:image/"))) return true;
        }
        return s.startsWith("javascript:") || s.startsWith("vbscript:") || (s.startsWith("data:") && !s.startsWith("data:image/"));
    }
}
