package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionOrderTest {
    @Test
    void proseAfterASectionsQuestionsIsRenderedAfterThem() {
        SourcePos pos = SourcePos.of("g.md", 1);
        Question q = new Question("only", "Only question?", List.of(new Markdown("The answer.", pos)), Meta.NONE, pos);
        Section s = new Section("s", "S", List.of(new Markdown("Before the questions.", pos)), List.of(q),
                List.of(new Markdown("After the questions.", pos.atLine(9))), pos);
        Guide g = new Guide("g", "G", "", "mintlify", List.of(s), pos);
        List<Artifact> out = new SiteRenderer(null).render(new Site("T", "", "", List.of(g)), new Diagnostics());
        String html = out.stream().filter(a -> a.path().equals("g/index.html")).map(a -> new String(a.bytes(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        // in the page's body: the head's structured data quotes the answers too
        int body = html.indexOf("<main");
        int before = html.indexOf("Before the questions.", body);
        int question = html.indexOf("The answer.", body);
        int after = html.indexOf("After the questions.", body);
        assertTrue(before >= 0 && before < question && question < after, "intro, question, then the prose after it");
    }
}
