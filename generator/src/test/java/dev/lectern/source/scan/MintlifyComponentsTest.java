package dev.lectern.source.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Group;
import dev.lectern.model.Markdown;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MintlifyComponentsTest {
    private final List<Diagnostic> diags = new ArrayList<>();

    private List<Block> scan(String text) {
        return new BlockScanner("t.mdx", diags).scan(Line.split(text, 1));
    }

    @Test
    void stepsInsideStepsAreOneNumberedGroup() {
        List<Block> blocks = scan("<Steps>\n  <Step title=\"One\">\n    First.\n  </Step>\n  <Step title=\"Two\">\n    Second.\n  </Step>\n</Steps>\n");
        Group g = assertInstanceOf(Group.class, blocks.get(0));
        assertEquals(Group.Kind.STEPS, g.kind());
        assertEquals(List.of("One", "Two"), g.items().stream().map(Group.Item::title).toList());
        assertEquals("Second.", ((Markdown) g.items().get(1).body().get(0)).text());
    }

    @Test
    void anOpeningTagMayListItsAttributesOverSeveralLines() {
        List<Block> blocks = scan("<CardGroup cols={3}>\n<Card\n  title=\"Docs\"\n  href=\"/docs\"\n>\n  Read them.\n</Card>\n</CardGroup>\n");
        Group g = (Group) blocks.get(0);
        assertEquals(3, g.columns());
        Group.Item card = g.items().get(0);
        assertEquals("Docs", card.title());
        assertEquals("/docs", card.href());
        assertEquals("Read them.", ((Markdown) card.body().get(0)).text());
        assertEquals(List.of(), diags);
    }

    @Test
    void anOpenerWithoutItsClosingBracketStaysText() {
        List<Block> blocks = scan("<Card\n  title=\"never closed\"\n\nNext paragraph.\n");
        assertInstanceOf(Markdown.class, blocks.get(0));
        String text = "<Card\n" + "  a=\"b\"\n".repeat(Tag.MAX_OPENER_LINES + 5) + ">\nbody\n</Card>\n";
        assertNull(Tag.openAt(Line.split(text, 1), 0, null));
    }

    @Test
    void fieldsNameTheirPlaceTypeDefaultAndWhetherRequired() {
        List<Block> blocks = scan("<ParamField query=\"limit\" type=\"integer\" default={20} required>\n  How many.\n</ParamField>\n\n"
                + "<ResponseField name=\"id\" type=\"string\" required={false}>\n  Its id.\n</ResponseField>\n");
        assertEquals(1, blocks.size(), "adjacent fields are one list");
        Group g = (Group) blocks.get(0);
        assertEquals(List.of(new Group.Fact("in", "query"), new Group.Fact("type", "integer"), new Group.Fact("default", "20"),
                new Group.Fact("required", "")), g.items().get(0).facts());
        assertEquals("id", g.items().get(1).title());
        assertEquals(List.of(new Group.Fact("type", "string")), g.items().get(1).facts());
    }

    @Test
    void aComponentInsideASentenceIsLeftToTheMarkdownWithTheRestOfItsLine() {
        List<Block> blocks = scan("<Tooltip tip=\"Hypertext\">HTML</Tooltip> pages load fast.\n");
        assertEquals("<Tooltip tip=\"Hypertext\">HTML</Tooltip> pages load fast.", ((Markdown) blocks.get(0)).text());
    }

    @Test
    void textAfterASelfClosingComponentOnItsLineIsKept() {
        List<Block> blocks = scan("<Icon icon=\"check\" /> Works offline.\n");
        assertEquals("<Icon icon=\"check\" /> Works offline.", ((Markdown) blocks.get(0)).text());
    }

    @Test
    void agentOnlyContentIsLeftOutAndHumanContentKept() {
        List<Block> blocks = scan("<Visibility for=\"agents\">\n  Call the API.\n</Visibility>\n<Visibility for=\"humans\">\n  Click the button.\n</Visibility>\n");
        assertEquals(1, blocks.size());
        assertEquals("Click the button.", ((Markdown) blocks.get(0)).text());
        assertEquals(1, diags.size());
    }

    @Test
    void typedCalloutsAreTitledByTheirKind() {
        Callout c = (Callout) scan("<Check>Done.</Check>\n").get(0);
        assertEquals("Check", c.title());
    }

    @Test
    void anUnknownSelfClosingComponentWarnsAndShowsNothing() {
        List<Block> blocks = scan("<Widget size=\"2\" />\n");
        assertEquals(List.of(), blocks);
        assertEquals(1, diags.size());
        assertTrue(diags.get(0).toString().contains("<Widget />"));
    }

    @Test
    void manyOpenersWithoutBracketsStayLinear() {
        String text = "<Card\n  title=\"x\"\n".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scan(text));
    }
}
