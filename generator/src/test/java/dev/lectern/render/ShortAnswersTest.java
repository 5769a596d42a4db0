package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Code;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A short answer is shown open on the guide page, a long one folded; the length is the text a reader reads. */
class ShortAnswersTest {
    private static final String F = "content/faq.md";

    private static Question question(String slug, Block... answer) {
        return new Question(slug, "Question " + slug, List.of(answer), Meta.NONE, SourcePos.of(F, 3));
    }

    private static Document guidePage(List<Question> questions) {
        Guide g = new Guide("faq", "FAQ", "", "github",
                List.of(new Section("basics", "Basics", List.of(), questions, SourcePos.of(F, 2))), SourcePos.of(F, 1));
        return new RenderedSite(new Site("Site", "", "", List.of(g))).html("faq/index.html");
    }

    private static boolean open(Document page, String id) {
        return page.getElementById(id).selectFirst("details.question__answer").hasAttr("open");
    }

    @Test
    void aOneSentenceAnswerIsOpenAndAnAnswerOfParagraphsIsFolded() {
        String paragraph = "A load balancer spreads requests over several servers so that no single one is overloaded, "
                + "and it takes a server out of rotation when its health check fails. ";
        Document page = guidePage(List.of(
                question("short", new Markdown("A queue holds messages until a consumer takes them.", SourcePos.of(F, 4))),
                question("long", new Markdown(paragraph + "\n\n" + paragraph + "\n\n" + paragraph, SourcePos.of(F, 4)))));
        assertTrue(open(page, "short"));
        assertFalse(open(page, "long"));
    }

    @Test
    void markupDoesNotCountOnlyTheTextDoes() {
        // highlighted code is many times its text in HTML (a span per token), and a link's address is not read
        String code = "for item in items:\n    print(item, end=' ')\nprint()";
        Document page = guidePage(List.of(question("code",
                new Markdown("See [the loop docs](https://docs.example.org/reference/compound-statements/for-loops/"
                        + "the-for-statement-and-its-else-clause.html) and this example:", SourcePos.of(F, 4)),
                new Code("python", "loop.py", code, SourcePos.of(F, 6)))));
        assertTrue(page.getElementById("code").html().length() > PageViews.OPEN_ANSWER_CHARS);
        assertTrue(open(page, "code"));
    }

    @Test
    void theLimitIsInCharactersOfText() {
        int limit = PageViews.OPEN_ANSWER_CHARS;
        assertTrue(PageViews.opensUnfolded("<p>" + "a".repeat(limit - 1) + "</p>"));
        assertFalse(PageViews.opensUnfolded("<p>" + "a".repeat(limit) + "</p>"));
        // an entity is one character read
        assertTrue(PageViews.opensUnfolded("<p>" + "&amp;".repeat(limit - 1) + "</p>"));
        assertTrue(PageViews.opensUnfolded(""));
    }

    @Test
    void aGuideOfFiveHundredOneLineAnswersNeedsNoClick() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            qs.add(question("q" + i, new Markdown("Answer number " + i + " fits on one line.", SourcePos.of(F, 10 + i))));
        }
        Document page = guidePage(qs);
        assertEquals(500, page.select("details.question__answer[open]").size());
    }
}
