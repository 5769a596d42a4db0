package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.render.view.TocEntryView;
import java.util.List;
import org.junit.jupiter.api.Test;

class TocTest {
    @Test
    void listsTheAnswersH2AndH3HeadingsWithAnIdInAnyCase() {
        String html = "<p>intro</p><H2 id=\"setup\">Set <code>up</code><a class=\"heading-anchor\" href=\"#setup\"></a></H2>"
                + "<h3 id=\"more\">More &amp; less</h3><h2>no id</h2><h4 id=\"deep\">Deep</h4>";
        assertEquals(List.of(new TocEntryView("#setup", "Set up", List.of(new TocEntryView("#more", "More &amp; less")))),
                Toc.of(html));
    }

    @Test
    void anH3BeforeAnyH2StandsAtTheTopLevel() {
        assertEquals(List.of(new TocEntryView("#a", "A"), new TocEntryView("#b", "B", List.of(new TocEntryView("#c", "C")))),
                Toc.of("<h3 id=\"a\">A</h3><h2 id=\"b\">B</h2><h3 id=\"c\">C</h3>"));
    }

    @Test
    void aLabelKeepsATitlesTextWithoutItsLinksOrCode() {
        assertEquals("Use <code> and &lt;b&gt; here".replace("<code>", "&lt;code&gt;"),
                Toc.label("Use <a href=\"x\">&lt;code&gt;</a> and <code>&lt;b&gt;</code> here"));
        assertEquals("plain &amp; simple", Toc.label("plain &amp; simple"));
    }

    @Test
    void anAnswerWithoutHeadingsHasNoEntriesEvenWhenItsCodeShowsOne() {
        assertEquals(List.of(), Toc.of("<p>text</p><pre><code>&lt;h2 id=\"x\"&gt;x&lt;/h2&gt;</code></pre>"));
    }
}
