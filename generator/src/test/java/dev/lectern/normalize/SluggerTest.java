package dev.lectern.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class SluggerTest {
    private static final SourcePos POS = SourcePos.of("g.md", 1);

    private static List<String> slugs(String... titles) {
        List<Question> qs = java.util.Arrays.stream(titles).map(t -> new Question("", t, List.of(), Meta.NONE, POS)).toList();
        Guide g = Slugger.assign(new Guide("g", "G", "", "github", List.of(new Section("", "S", List.of(), qs, POS)), POS));
        return g.sections().get(0).questions().stream().map(Question::slug).toList();
    }

    @Test
    void clashingTitlesGetNumberedInSourceOrder() {
        assertEquals(List.of("what-is-a-list", "what-is-a-list-2", "what-is-a-list-3"),
                slugs("What is a list?", "What is a list", "What is a LIST?"));
    }

    @Test
    void noQuestionTakesTheFolderOfAGuidePageOrOfTheSite() {
        assertEquals(List.of("page-2-2", "page-two", "search-2", "assets-2"), slugs("Page 2", "Page two", "Search", "Assets"));
    }

    @Test
    void aSlugIsMadeOfTheWordsAReaderSeesNotOfAddressesOrMarkup() {
        assertEquals(List.of("how-do-i-install-tux-on-linux", "what-about-windows", "what-is-init-in-python", "why-is-it-slow"),
                slugs("How do I install ![Tux](img/tux.png) on Linux?", "What about [Windows](install.md#windows)?",
                        "What is `__init__` in **Python**?", "Why is it <em>slow</em>?"));
    }
}
