package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A text parsed with only the extensions whose markers it holds renders exactly as with every extension. */
class ParserVariantsTest {
    private static final List<Extension> ALWAYS = List.of(new LecternFlexmarkExtension(CodeHighlighter.PLAIN));
    private static final ParserVariants VARIANTS = new ParserVariants(ALWAYS,
            extensions -> Parser.builder(MarkdownEngine.options(extensions)).build());
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MarkdownEngine.options(ParserVariants.allExtensions(ALWAYS))).build();

    private static String render(Parser parser, String markdown) {
        Document doc = parser.parse(markdown);
        doc.set(BlockState.KEY, new BlockState(HeadingLevels.NONE, false, dropped -> { }, Map.of()));
        return RENDERER.render(doc);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain words, a `code span`, **bold** and _emphasis_.",
        "| Tool | Use |\n|---|---|\n| awk | columns |\n",
        "A claim.[^src]\n\n[^src]: Where it comes from.\n",
        "1. Step one\n\n    !!! warning \"Careful\"\n        Back up first.\n\n2. Step two\n",
        "- Item\n\n    ??? note\n        Folded text.\n",
        "Term\n: Its meaning.\n",
        "> Quoted term\n> : Quoted meaning.\n",
        "- Listed term\n\n  : Listed meaning\n",
        "Term with tilde\n~ Its meaning.\n",
        "See https://example.org/path, WWW.Example.com or write to someone@example.org.",
        "Ratio 3:2 and a time 10:30, nothing else.",
        "Old ~~price~~ new price, about ~5 minutes.",
        "- [ ] open task\n- [x] done task\n- [link](http://example.org)\n",
        "Smile :smile: and :material-check: and a+b :+1:",
        "A styled paragraph.\n{: .lead #intro }\n",
        "The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n",
        "Marks ==here== and ^^inserted^^ and ++ctrl+c++ and $x^2$.",
        "Title\n=====\n\nText | with a pipe but no table.",
        "3.14 ~ roughly pi\n"
    })
    void rendersAsTheParserWithEveryExtension(String markdown) {
        assertEquals(render(VARIANTS.full(), markdown), render(VARIANTS.forText(markdown), markdown));
    }

    @Test
    void plainTextGetsALeanerParserSharedBetweenTexts() {
        Parser lean = VARIANTS.forText("Just words.");
        assertNotSame(VARIANTS.full(), lean);
        assertSame(lean, VARIANTS.forText("Other words, same needs."));
    }
}
