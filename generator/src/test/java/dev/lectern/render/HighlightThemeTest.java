package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.render.highlight.TokenClass;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The default theme's token colours: one rule per token class, and WCAG AA contrast on the code background in both schemes. */
class HighlightThemeTest {
    private static final Path ASSETS = Paths.root().resolve("themes/default/assets");
    private static final Pattern VARIABLE = Pattern.compile("(--[\\w-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    @Test
    void everyTokenClassHasARule() throws IOException {
        String css = Files.readString(ASSETS.resolve("highlight.css"));
        for (TokenClass c : TokenClass.values()) {
            if (!c.wrapped()) continue;  // written without a span: nothing to colour
            assertTrue(css.contains(".tok-" + c.css() + " ") || css.contains(".tok-" + c.css() + ","), "no rule for .tok-" + c.css());
        }
    }

    @Test
    void everyTokenColourMeetsAaContrastOnTheCodeBackgroundInBothSchemes() throws IOException {
        List<Map<String, String>> style = schemes(Files.readString(ASSETS.resolve("style.css")));
        List<Map<String, String>> tokens = schemes(Files.readString(ASSETS.resolve("highlight.css")));
        assertEquals(2, tokens.size(), "a light and a dark block of --tok-* colours");
        for (int scheme = 0; scheme < 2; scheme++) {
            String background = style.get(scheme).get("--code-bg");
            assertEquals(tokens.get(0).keySet(), tokens.get(scheme).keySet(), "both schemes set the same colours");
            for (Map.Entry<String, String> e : tokens.get(scheme).entrySet()) {
                double ratio = contrast(e.getValue(), background);
                assertTrue(ratio >= 4.5, String.format(Locale.ROOT, "%s %s on %s is %.2f:1 in the %s scheme",
                        e.getKey(), e.getValue(), background, ratio, scheme == 0 ? "light" : "dark"));
            }
        }
    }

    /**
     * The colour variables of the light scheme ({@code :root {}) and of the dark one ({@code :root[data-scheme=dark]}),
     * checking that the dark block for the system setting ({@code :root:not([data-scheme=light])}) says the same.
     */
    private static List<Map<String, String>> schemes(String css) {
        Map<String, String> light = variables(css, ":root {");
        Map<String, String> dark = variables(css, ":root[data-scheme=dark] {");
        assertEquals(dark, variables(css, ":root:not([data-scheme=light]) {"), "both dark blocks agree");
        return List.of(light, dark);
    }

    private static Map<String, String> variables(String css, String selector) {
        int at = css.indexOf(selector);
        assertTrue(at >= 0, "no block " + selector);
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(css.substring(at, css.indexOf('}', at)));
        while (m.find()) vars.put(m.group(1), m.group(2));
        return vars;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
