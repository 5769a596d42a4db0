package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderRobustnessTest {
    @Test
    void renderingTwiceGivesByteIdenticalArtifacts() {
        RenderedSite a = new RenderedSite(FixtureSite.site());
        RenderedSite b = new RenderedSite(new SiteRenderer(null), FixtureSite.site());
        assertEquals(a.byPath.keySet(), b.byPath.keySet());
        for (String path : a.byPath.keySet()) {
            assertArrayEquals(a.byPath.get(path).bytes(), b.byPath.get(path).bytes(), path);
        }
    }

    @Test
    void aBlockNestedFiveThousandLevelsDeepGivesAWarningNotAnException() {
        Site site = oneQuestion(new Markdown(">".repeat(5000) + " deep", FixtureSite.at("content/deep.md", 7)));
        RenderedSite rendered = new RenderedSite(site);
        List<Diagnostic> warnings = rendered.diags.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        assertEquals(1, warnings.size(), "reported once, though the answer renders on two pages");
        assertEquals("content/deep.md:7", warnings.get(0).pos().toString());
        assertTrue(warnings.get(0).message().startsWith("nesting too deep to render: "));
        assertTrue(rendered.html("deep/q/index.html").selectFirst("pre.render-fallback").text().endsWith("deep"));
    }

    @Test
    void aStackOverflowInsideFlexmarkFallsBackToText() throws InterruptedException {
        // under the depth limit, but on a stack too small for it: the catch, not the pre-scan, must save the page
        MarkdownEngine md = new MarkdownEngine(CodeHighlighter.PLAIN);
        BlockRenderer blocks = new BlockRenderer(md, CodeHighlighter.PLAIN);
        dev.lectern.diag.Diagnostics diags = new dev.lectern.diag.Diagnostics();
        String[] html = new String[1];
        Markdown deep = new Markdown(">".repeat(MarkdownScan.MAX_DEPTH) + " x", FixtureSite.at("content/x.md", 3));
        Thread t = new Thread(null, () -> html[0] = blocks.render(List.of(deep), 2, PageScope.reporting(diags)), "small", 64 * 1024);
        t.start();
        t.join();
        assertTrue(html[0].startsWith("<pre class=\"render-fallback\">"), html[0]);
        assertEquals(1, diags.count(Severity.WARNING));
    }

    @Test
    void rawScriptsAreRemovedAndReportedOnce() {
        Site site = oneQuestion(new Markdown("Hi <b onclick=\"steal()\">there</b>\n\n<script>alert(1)</script>\n",
                FixtureSite.at("content/deep.md", 2)));
        RenderedSite rendered = new RenderedSite(site);
        String page = rendered.text("deep/q/index.html");
        assertTrue(!page.contains("alert(1)") && !page.contains("onclick") && page.contains("<b>there</b>"), page);
        List<Diagnostic> notes = rendered.diags.sorted();
        assertEquals(1, notes.size());
        assertEquals("raw HTML removed: <script>, onclick=", notes.get(0).message());
    }

    @Test
    void aUserThemeOverridesOneTemplateAndCanExtendTheBuiltInOne(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("templates/partials"));
        Files.writeString(theme.resolve("templates/partials/footer.peb"), "<footer class=\"mine\">{{ site.title }}</footer>\n");
        Files.writeString(theme.resolve("templates/base.peb"),
                "{% extends \"theme:base\" %}{% block head %}<meta name=\"theme\" content=\"user\">{% endblock %}");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/extra.js"), "// ours\n");
        RenderedSite rendered = new RenderedSite(new SiteRenderer(theme), FixtureSite.site());
        var home = rendered.html("index.html");
        assertEquals("Lectern Fixture", home.selectFirst("footer.mine").text());
        assertEquals("user", home.selectFirst("meta[name=theme]").attr("content"));
        assertTrue(rendered.asset("extra.js").startsWith("assets/extra.") && rendered.asset("style.css").startsWith("assets/style."));
        assertEquals(List.of(), rendered.diags.sorted());
    }

    @Test
    void aBrokenUserTemplateIsReportedWithItsLineNotThrown(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/index.peb"), "{% extends \"base\" %}\n{% block content %}{{ page.nope }}{% endblock %}");
        RenderedSite rendered = new RenderedSite(new SiteRenderer(theme), FixtureSite.site());
        assertTrue(!rendered.byPath.containsKey("index.html") && rendered.byPath.containsKey("python/index.html"));
        List<Diagnostic> errors = rendered.diags.sorted();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Severity.ERROR, errors.get(0).severity());
        assertTrue(errors.get(0).pos().toString().endsWith("index.peb:2") || errors.get(0).pos().toString().endsWith(":2"),
                errors.get(0).format());
    }

    static Site oneQuestion(Markdown answer) {
        Question q = new Question("q", "Q", List.of(answer), Meta.NONE, answer.pos());
        Guide g = new Guide("deep", "Deep", "", "github",
                List.of(new Section("s", "S", List.of(), List.of(q), answer.pos())), answer.pos());
        return new Site("T", "", "", List.of(g));
    }
}
