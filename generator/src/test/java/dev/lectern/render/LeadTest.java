package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's lead is its author's description as a reader reads it: no Markdown marks printed. */
class LeadTest {
    @Test
    void theLeadShowsTheDescriptionsWordsNotItsMarkdown() {
        SourcePos pos = SourcePos.of("setup.md", 1);
        Guide g = new Guide("setup", "Setup", "Click **New project**, then run `init` as the [guide](other.md) says.", "mintlify",
                List.of(new Section("", "", List.of(new Markdown("Body text.", pos.atLine(5))), List.of(), pos)), pos);
        RenderedSite site = new RenderedSite(new Site("T", "", "", List.of(g)));
        assertEquals("Click New project, then run init as the guide says.", site.html("setup/index.html").selectFirst(".doc__lead").text());
    }
}
