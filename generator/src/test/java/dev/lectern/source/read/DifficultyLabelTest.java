package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lectern.model.Meta;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifficultyLabelTest {
    @Test
    void aLeadingDifficultyLabelLeavesTheTitleAndBecomesTheDifficulty() {
        DifficultyLabel l = DifficultyLabel.split("**[HARD]** How do weak references work?");
        assertEquals("How do weak references work?", l.title());
        assertEquals(Meta.Difficulty.HARD, l.difficulty());
        assertEquals("**[HARD]**", l.label());
        assertEquals(Meta.Difficulty.EASY, DifficultyLabel.split("[Beginner] What is a list?").difficulty());
        assertEquals("Explain closures", DifficultyLabel.split("(medium) Explain closures").title());
    }

    @Test
    void otherLabelsAndLabelsAloneStayAsWritten() {
        for (String title : List.of("[Python] What is a list?", "[HARD]", "Hard questions first", "**[HARD] unclosed", "[HARD What?",
                "(Optional) Explain closures", "What is [HARD] here?")) {
            DifficultyLabel l = DifficultyLabel.split(title);
            assertEquals(title, l.title(), title);
            assertNull(l.difficulty(), title);
        }
    }

    @Test
    void aDifficultyTheAuthorGaveElsewhereWins() {
        Meta given = new Meta(Meta.Difficulty.MEDIUM, List.of("x"), List.of());
        assertEquals(given, DifficultyLabel.split("[HARD] Q?").onto(given));
        assertEquals(Meta.Difficulty.HARD, DifficultyLabel.split("[HARD] Q?").onto(Meta.NONE).difficulty());
    }
}
