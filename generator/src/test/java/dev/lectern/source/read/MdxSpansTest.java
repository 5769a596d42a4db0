package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.Diagnostic;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multi-line MDX program (comments, import lists, exported components) is left out whole; a bound keeps a stray bracket from swallowing the page. */
class MdxSpansTest {
    private static List<String> kept(String text) {
        List<Diagnostic> diags = new ArrayList<>();
        Document doc = new Document("a.mdx", "a", new FrontMatter(Map.of(), text, 1), Line.split(text, 1), diags);
        return MdxSpans.drop(doc.lines(), doc).stream().map(Line::text).toList();
    }

    @Test
    void aCommentOverSeveralLinesIsLeftOutWhole() {
        assertEquals(List.of("Before.", "", "After."), kept("Before.\n{/*\n  a note\n  for authors\n*/}\n\nAfter."));
    }

    @Test
    void anImportListOverSeveralLinesIsLeftOutUpToItsClosingBrace() {
        assertEquals(List.of("# Title"), kept("import {\n  A,\n  B,\n} from 'x';\n# Title"));
    }

    @Test
    void anExportedComponentOverSeveralLinesIsLeftOutUpToItsLastBracket() {
        assertEquals(List.of("Text."), kept("export const Box = ({children}) => (\n  <div>{children}</div>\n);\nText."));
    }

    @Test
    void aCommentThatNeverClosesIsKeptAsTextRatherThanSwallowingThePage() {
        assertEquals(List.of("{/* open", "Everything after it."), kept("{/* open\nEverything after it."));
    }

    @Test
    void anImportWhoseBracketNeverClosesWithinTheBoundIsKept() {
        StringBuilder sb = new StringBuilder("import {\n");
        for (int i = 0; i < MdxSpans.MAX_LINES + 5; i++) sb.append("Line ").append(i).append('\n');
        assertEquals(MdxSpans.MAX_LINES + 6, kept(sb.toString()).size());
    }
}
