package dev.lectern.source.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import dev.lectern.model.Markdown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of the callout syntaxes: MkDocs modifiers and titles, Docusaurus kinds and props, the JSX form. */
class CalloutRulesTest {
    private final List<Diagnostic> diags = new ArrayList<>();

    private Callout first(String text) {
        List<Block> blocks = new BlockScanner("t.md", diags).scan(Line.split(text, 1));
        return assertInstanceOf(Callout.class, blocks.get(0));
    }

    @Test
    void inlineEndFloatsAtTheEndAndInlineAtTheStart() {
        assertEquals(Callout.Placement.INLINE_END, first("!!! info inline end \"T\"\n    Body.\n").placement());
        assertEquals(Callout.Placement.INLINE_START, first("!!! info inline\n    Body.\n").placement());
        assertEquals(Callout.Placement.BLOCK, first("!!! example annotate \"T\"\n    Body.\n").placement());
    }

    @Test
    void aModifierIsNotTheTitle() {
        assertEquals("Info", first("!!! info inline end\n    Body.\n").title());
    }

    @Test
    void anEmptyQuotedTitleMeansNoTitleBar() {
        assertEquals("", first("!!! note \"\"\n    Body.\n").title());
    }

    @Test
    void anAliasIsTitledByItsOwnWordAsMaterialShowsIt() {
        Callout c = first("!!! hint\n    Body.\n");
        assertEquals(CalloutKind.TIP, c.kind());
        assertEquals("Hint", c.title());
        assertEquals(List.of(), diags);
    }

    @Test
    void anUnknownTypeIsANoteTitledInWordsWithOneNote() {
        Callout c = first("!!! pied-piper\n    Body.\n");
        assertEquals(CalloutKind.NOTE, c.kind());
        assertEquals("Pied piper", c.title());
        assertEquals(1, diags.size());
        assertEquals("t.md:1", diags.get(0).pos().toString());
    }

    @Test
    void aDirectiveKindMayHoldHyphensAndKeepsItsBracketTitle() {
        Callout c = first(":::my-custom-admonition[My **Title**]\nBody.\n:::\n");
        assertEquals(CalloutKind.NOTE, c.kind());
        assertEquals("My **Title**", c.title());
    }

    @Test
    void directivePropsGiveTheIdAndDropTheClasses() {
        Callout c = first(":::info[Limits]{.wide #rate-limits data-x=1}\nBody.\n:::\n");
        assertEquals("rate-limits", c.id());
        assertEquals("Limits", c.title());
        assertEquals("", first(":::info{#bad\"id}\nBody.\n:::\n").id());
    }

    @Test
    void aLegacyTitleFollowsTheKindAfterASpace() {
        assertEquals("Breaking change", first(":::caution Breaking change\nBody.\n:::\n").title());
    }

    @Test
    void theJsxFormTakesTypeAndTitle() {
        Callout c = first("<Admonition type=\"warning\" title=\"Careful\">\nBody.\n</Admonition>\n");
        assertEquals(CalloutKind.WARNING, c.kind());
        assertEquals("Careful", c.title());
        assertEquals("Body.", ((Markdown) c.body().get(0)).text());
    }
}
