package dev.lectern.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags and companies as the whole site names them: one name per topic, and companies values that name a company. */
class MetaNamesTest {
    /** Prose that writes "design", "question", "widgets" in lower case, as any text about software would. */
    private static final String PROSE = "A design question asks how parts fit. Every question here has widgets; the widgets"
            + " render. Initech and Hooli ask it. The design of `Widgets` matters.";
    private final Diagnostics diags = new Diagnostics();

    private static Question q(int line, List<String> tags, List<String> companies) {
        List<Block> answer = List.of(new Markdown(PROSE, SourcePos.of("g.md", line + 1)));
        return new Question("", "Question " + line + "?", answer, new Meta(null, tags, companies), SourcePos.of("g.md", line));
    }

    private List<Meta> normalize(Question... questions) {
        Guide g = new Guide("g", "G", "", "github", List.of(new Section("", "S", List.of(), List.of(questions), SourcePos.of("g.md", 1))),
                SourcePos.of("g.md", 1));
        Site site = Normalizer.normalize(List.of(g), SiteConfig.DEFAULTS, diags, null);
        List<Meta> out = new ArrayList<>();
        site.guides().get(0).sections().forEach(s -> s.questions().forEach(x -> out.add(x.meta())));
        return out;
    }

    @Test
    void tagsThatDifferInCasePluralOrPunctuationTakeTheCommonestFormSiteWide() {
        List<Meta> metas = normalize(q(10, List.of("Type hints", "Generics"), List.of()), q(20, List.of("type-hints"), List.of()),
                q(30, List.of("Type hints", "generic"), List.of()), q(40, List.of("TypeHint", "Type Hints"), List.of()));
        assertEquals(List.of("Type hints", "Generics"), metas.get(0).tags());
        assertEquals(List.of("Type hints"), metas.get(1).tags());
        assertEquals(List.of("Type hints", "Generics"), metas.get(2).tags(), "a tie goes to the first form in code-point order");
        assertEquals(List.of("Type hints"), metas.get(3).tags(), "two tags of one topic on a question are one");
    }

    @Test
    void valuesThatNameNoCompanyAreDroppedWithANoteAndNamesStay() {
        List<String> given = List.of("Initech", "Hooli", "Most Fintechs", "N/A", "-", "various", "Consulting Firms",
                "Startups", "All", "Design Question", "Widgets", "IBM");
        Meta meta = normalize(q(10, List.of(), given)).get(0);
        assertEquals(List.of("Initech", "Hooli", "IBM"), meta.companies());
        List<String> notes = diags.sorted().stream().map(Diagnostic::message).filter(m -> m.contains("not listed as a company")).toList();
        assertEquals(9, notes.size(), notes.toString());
        assertTrue(notes.stream().anyMatch(m -> m.startsWith("'Design Question' is not listed as a company")), notes.toString());
        assertEquals(10, diags.sorted().stream().filter(d -> d.message().startsWith("'Widgets'")).findFirst().orElseThrow().pos().line());
    }

    @Test
    void aValueMetOnManyQuestionsIsOneNoteWithACount() {
        normalize(q(10, List.of(), List.of("Most Fintechs")), q(20, List.of(), List.of("Most Fintechs")), q(30, List.of(), List.of("Initech")));
        List<String> notes = diags.sorted().stream().map(Diagnostic::message).filter(m -> m.contains("not listed as a company")).toList();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("1 more like it"), notes.get(0));
    }
}
