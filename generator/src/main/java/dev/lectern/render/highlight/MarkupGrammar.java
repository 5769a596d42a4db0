package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.META;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.TAG;

import io.noties.prism4j.Prism4j;

/**
 * HTML, XML and SVG, and the tags of JSX and MDX. A tag is one token up to its {@code >}, read by a small grammar of
 * its own (name, attributes, values); {@code <script>} and {@code <style>} elements hold JavaScript and CSS.
 */
final class MarkupGrammar {
    private static final String NAME = "[A-Za-z][\\w:.-]*+";
    private static final String TEXT = "[^<>{}]*+";
    private static final String QUOTED_VALUES = "\"[^\"]*+\"?|'[^']*+'?";
    /** A JSX expression value {…}: braces closed up to three deep, so an arrow's {@code >} stays inside. */
    private static final String BRACED = "\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*+\\})*+\\})*+\\}?";
    private static final String ATTRIBUTES = "(?:[^<>\"']|" + QUOTED_VALUES + ")*+";
    private static final String JSX_ATTRIBUTES = "(?:[^<>\"'{}]|" + QUOTED_VALUES + "|" + BRACED + ")*+";
    /**
     * A JSX tag: an opener only where an expression may start (not after a name, so {@code Array<string>} and
     * {@code a<b} stay a type and a comparison), a closer anywhere, and the fragment tags {@code <>} and {@code </>}.
     */
    static final String JSX_TAG = "(?<![\\w$)\\].])<(?:" + NAME + JSX_ATTRIBUTES + "/?>?|>)|</(?:" + NAME + ")?[ \\t]*+>?";
    /**
     * In JSX code, an opening tag takes the text after it up to the next tag or {…}: that text is the element's
     * children, words to show as written (an apostrophe in {@code Don't} opens no string).
     */
    static final String JSX_TAG_WITH_TEXT = "(?<![\\w$)\\].])<(?:" + NAME + JSX_ATTRIBUTES + "(?:/>|>" + TEXT + ")?|>" + TEXT + ")"
            + "|</(?:" + NAME + ")?[ \\t]*+>?";

    private MarkupGrammar() {
    }

    static Prism4j.Grammar html(Prism4j.Grammar javascript, Prism4j.Grammar css) {
        Prism4j.Grammar tag = tag(null);
        return new GrammarBuilder("markup").add(
                new Delimited("markup-delimited", "<")
                        .add(COMMENT, "<!--[\\s\\S]*?(?:-->|\\z)")
                        .add(STRING, "<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>|\\z)")
                        .add(META, "<![^>]*+>?|<\\?[\\s\\S]*?(?:\\?>|\\z)")
                        .addStructural(element("script"), embedded(tag, javascript))
                        .addStructural(element("style"), embedded(tag, css))
                        .addStructural("</?" + NAME + ATTRIBUTES + "/?>?", tag).rule(),
                entity()).grammar();
    }

    /** The grammar inside a tag; {@code expressions} reads JSX's {…} values, null for HTML. */
    static Prism4j.Grammar tag(Prism4j.Grammar expressions) {
        GrammarBuilder g = new GrammarBuilder(expressions == null ? "markup-tag" : "jsx-tag").add(
                // JSX children text after the tag's > stays plain (a token with no class)
                Rule.structural("(>)[^<>{}]++\\z").lookbehind(),
                Rule.of(PUNCTUATION, "\\A</?"),
                Rule.of(TAG, "\\A" + NAME));
        Delimited values = new Delimited(expressions == null ? "markup-values" : "jsx-values", "[\"'{]")
                .add(STRING, QUOTED_VALUES);
        if (expressions != null) values.add(INTERP, BRACED, expressions);
        return g.add(values.rule(),
                Rule.of(PROPERTY, "[^\\s/>=\"'{}<]++"),
                Rule.of(OPERATOR, "="),
                Rule.of(PUNCTUATION, "/?>")).grammar();
    }

    /** Character references: &amp;amp; &amp;#8212; &amp;#x2014; */
    static Rule entity() {
        return Rule.of(ESCAPE, "&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    }

    private static String element(String name) {
        return "<(?i:" + name + ")(?![\\w:-])" + ATTRIBUTES + ">[\\s\\S]*?(?:</(?i:" + name + ")[ \\t]*+>|\\z)";
    }

    /** A script or style element: its two tags, and the code between them in its own language. */
    private static Prism4j.Grammar embedded(Prism4j.Grammar tag, Prism4j.Grammar code) {
        return new GrammarBuilder("markup-" + code.name()).add(
                Rule.structural("\\A<" + NAME + ATTRIBUTES + ">").inside(tag),
                Rule.structural("</" + NAME + "[ \\t]*+>\\z").inside(tag),
                Rule.structural("[\\s\\S]++").inside(code)).grammar();
    }
}
