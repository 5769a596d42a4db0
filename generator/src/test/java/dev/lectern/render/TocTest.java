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
        assertEquals(List.of(new TocEntryView("#setup", "Set up", false), new TocEntryView("#more", "More &amp; less", true)),
                Toc.of(html));
    }

    @Test
    void anAnswerWithoutHeadingsHasNoEntriesEvenWhenItsCodeShowsOne() {
        assertEquals(List.of(), Toc.of("<p>text</p><pre><code>&lt;h2 id=\"x\"&gt;x&lt;/h2&gt;</code></pre>"));
    }
}
