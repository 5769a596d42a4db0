package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diag.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideKindTest {
    private static final SourcePos AT = SourcePos.of("x.md", 1);

    private static Section prose(String title) {
        return new Section("", title, List.of(new Markdown("Text.", AT)), List.of(), AT);
    }

    private static Section questions(String title, int n) {
        List<Question> qs = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Question("", "Q" + i + "?", List.of(new Markdown("A.", AT)), Meta.NONE, AT)).toList();
        return new Section("", title, List.of(), qs, AT);
    }

    @Test
    void oneQuestionAmongSectionsOfProseIsAPage() {
        assertEquals(Guide.Kind.PAGE, Guide.Kind.detect(List.of(prose("Installation"), questions("Design", 1), prose("Usage"), prose("License"))));
    }

    @Test
    void questionsThatAreAtLeastHalfOfTheDocumentMakeAGuide() {
        assertEquals(Guide.Kind.GUIDE, Guide.Kind.detect(List.of(prose("Installation"), prose("Usage"), questions("FAQ", 2))));
        assertEquals(Guide.Kind.GUIDE, Guide.Kind.detect(List.of(questions("", 1))));
        assertEquals(Guide.Kind.PAGE, Guide.Kind.detect(List.of(prose("Installation"))));
    }
}
