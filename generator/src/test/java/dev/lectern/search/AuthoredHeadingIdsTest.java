package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.SearchFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading whose author gave it an id ({@code ### Title {#custom-id}}, Docusaurus and attr_list) has that id on the
 * page, and the search index links to that id, with the title's words only: a search hit must land on the heading.
 */
class AuthoredHeadingIdsTest {
    @TempDir
    Path dir;

    @Test
    void searchLinksAnAuthoredHeadingIdAndShowsNoAttributeList() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("guide.md"), "# Deploying\n\nHow to ship it.\n\n## Targets\n\nWhere it runs.\n\n"
                + "### Preparing the server {#server-prep}\n\nOpen the ports.\n\n### Rolling back { #undo .important }\n\nKeep the last build.\n");
        BuiltSite site = BuiltSite.build(content);
        SearchFiles files = new SearchFiles(site);
        List<Object> titles = files.column("title");
        List<Object> slugs = files.column("slug");
        for (String[] heading : List.of(new String[] {"Preparing the server", "server-prep"}, new String[] {"Rolling back", "undo"})) {
            int at = titles.indexOf(heading[0]);
            assertTrue(at >= 0, heading[0] + " is indexed under its words alone: " + titles);
            assertEquals(heading[1], slugs.get(at));
            Element target = site.page("index.html").getElementById(heading[1]);
            assertNotNull(target, "the page has the id the index links to: " + heading[1]);
            assertTrue(target.tagName().matches("h[1-6]"), target.tagName());
        }
    }
}
