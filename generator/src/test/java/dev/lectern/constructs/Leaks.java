package dev.lectern.constructs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Platform syntax that leaked into what a reader sees: the text of a rendered page outside code ({@code pre},
 * {@code code}, {@code kbd}), searched for the marks of every dialect's constructs, and the text of code for the marks
 * that must not survive there either. Each pattern is one construct's
 * opening mark; a page that shows one has printed syntax instead of rendering it.
 */
final class Leaks {
    private static final Pattern MARKS = Pattern.compile(String.join("|",
            "(?m)^\\s*:::",                     // Docusaurus directive fence
            "(?m)^\\s*(?:!!!|\\?\\?\\?\\+?)\\s", // MkDocs admonition
            "(?m)^\\s*===\\s+\"",               // MkDocs content tab
            "</?[A-Z][A-Za-z]*[\\s/>]",         // JSX component tag
            "\\{\\s*[#.][A-Za-z]",              // attribute list {#id} { .class }
            "\\{/\\*",                          // MDX comment
            "<!--",                             // HTML comment
            "\\[\\^[^\\]]{1,40}\\]",            // footnote reference
            "\\]\\[[^\\]]{0,40}\\]",            // reference link
            "--8<--",                           // snippet include
            "\\[//\\]:\\s",                       // Markdown comment [//]: # '…'
            "(?m)^\\s*</?(?:details|summary)\\b", // a callout's HTML printed as text
            "(?m)^\\s*(?:import|export)\\s.{0,80}(?:from|=)", // MDX import/export
            ":[a-z0-9]+(?:[_-][a-z0-9]+)+:",   // emoji or icon shortcode
            "\\+\\+[a-z]+(?:\\+[a-z0-9]+)*\\+\\+", // keys
            "==[^=\\s][^=]{0,80}==",            // mark
            "\\^\\^[^^\\s][^^]{0,80}\\^\\^",     // insert
            "\\$\\$",                           // display math
            "!\\[[^\\]]{0,80}\\]\\(",              // Markdown image
            "(?<![\\w^_\\\\])\\{[A-Za-z_][\\w.]{0,40}\\}", // MDX expression {name} (not TeX: x^{n}, \\frac{a})
            "(?m)^\\s*\\*\\[[^\\]]{1,40}\\]:"));     // abbreviation definition

    /**
     * Marks that must not survive inside code either: Docusaurus magic comments (the comment goes, its line is
     * highlighted), MkDocs annotation markers that hide their comment ({@code (1)!}), an inline code span's
     * {@code #!lang} prefix.
     */
    private static final Pattern CODE_MARKS = Pattern.compile(String.join("|",
            "highlight-(?:next-line|start|end)",
            "(?m)\\(\\d{1,3}\\)!$",
            "\\A#![a-z]{1,20} "));

    private Leaks() {
    }

    /** Each leaked mark with a few characters around it, in page order. */
    static List<String> in(Element body) {
        Element text = body.clone();
        text.select("pre, code, kbd, script, style, math").remove();
        String s = text.wholeText();
        List<String> found = new ArrayList<>();
        find(MARKS, s, found);
        for (Element code : body.select("pre, code")) find(CODE_MARKS, code.wholeText(), found);
        return found;
    }

    private static void find(Pattern marks, String s, List<String> found) {
        Matcher m = marks.matcher(s);
        while (m.find()) {
            int from = Math.max(0, m.start() - 20);
            int to = Math.min(s.length(), m.end() + 20);
            found.add(s.substring(from, to).replace('\n', ' '));
        }
    }
}
