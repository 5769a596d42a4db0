package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FenceInfoTest {
    @Test
    void mkdocsMetaGivesTitleLinesAndStartNumber() {
        FenceInfo f = FenceInfo.parse("py title=\"bubble sort.py\" linenums=\"7\" hl_lines=\"2 4-5\"");
        assertEquals("python", f.language());
        assertEquals("bubble sort.py", f.title());
        assertEquals(7, f.firstLine());
        assertEquals(Set.of(2, 4, 5), f.markedIn(20));
    }

    @Test
    void mkdocsAttributeListNamesTheLanguageByItsFirstClass() {
        FenceInfo f = FenceInfo.parse("{ .yaml .no-copy title=\"mkdocs.yml\" hl_lines=\"3\" }");
        assertEquals("yaml", f.language());
        assertEquals("mkdocs.yml", f.title());
        assertEquals(Set.of(3), f.markedIn(20));
        assertEquals("python", FenceInfo.parse("{python}").language());
        assertEquals("", FenceInfo.parse("{python}").title());
    }

    @Test
    void docusaurusMetaGivesRangesAndNumbering() {
        FenceInfo f = FenceInfo.parse("jsx title=\"/src/App.js\" {1,4-6,11} showLineNumbers=3");
        assertEquals("jsx", f.language());
        assertEquals("/src/App.js", f.title());
        assertEquals(Set.of(1, 4, 5, 6, 11), f.markedIn(20));
        assertEquals(3, f.firstLine());
        assertEquals(1, FenceInfo.parse("js showLineNumbers").firstLine());
        assertTrue(FenceInfo.parse("bash npm2yarn").has("npm2yarn"));
        assertEquals("", FenceInfo.parse("jsx live").title(), "a flag is no title");
    }

    @Test
    void mintlifyBareWordsAreTheTitleAndItsFlagsAreNot() {
        FenceInfo f = FenceInfo.parse("javascript Express server {2} lines wrap highlight={3-4} theme={null} icon=\"js\"");
        assertEquals("javascript", f.language());
        assertEquals("Express server", f.title());
        assertEquals(Set.of(2, 3, 4), f.markedIn(20));
        assertEquals(1, f.firstLine());
    }

    @Test
    void noNumbersWhenAskedForNoneOrNotAsked() {
        assertEquals(0, FenceInfo.parse("python linenums=\"0\"").firstLine());
        assertEquals(0, FenceInfo.parse("python").firstLine());
        assertEquals(0, FenceInfo.parse("").firstLine());
        assertEquals("", FenceInfo.parse("").language());
    }

    @Test
    void badOrHugeRangesAreCutNotObeyed() {
        assertEquals(Set.of(), FenceInfo.parse("py hl_lines=\"x 5-2 -\"").markedIn(20));
        assertEquals(Set.of(19, 20), FenceInfo.parse("py {19-999999}").markedIn(20), "cut at the block's last line");
        assertEquals(Set.of(), FenceInfo.parse("py {1-99999999}").markedIn(20), "no number of that many digits");
    }

    @Test
    void deeplyNestedBracesAreReadWithoutRecursingIntoThem() {
        assertEquals("python", FenceInfo.parse("py " + "{".repeat(200_000) + "}".repeat(200_000)).language());
        assertEquals("python", FenceInfo.parse("py " + "{ a ".repeat(100_000) + "}".repeat(100_000)).language());
    }

    @Test
    void unbalancedQuotesAndBracesEndTheInfoStringWithoutHarm() {
        FenceInfo f = FenceInfo.parse("py title=\"open {1,2");
        assertEquals("python", f.language());
        assertEquals(Set.of(), f.markedIn(20));
    }
}
