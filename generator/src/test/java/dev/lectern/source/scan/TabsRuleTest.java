package dev.lectern.source.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TabsRuleTest {
    @Test
    void aLabelKeepsItsWordsAndCodeWithoutItsIcon() {
        assertEquals("`site.yml`", TabsRule.label("=== \":octicons-file-code-16: `site.yml`\""));
        assertEquals("Python", TabsRule.label("===+ \":material-language-python: Python\""));
    }

    @Test
    void anIconsAttributeListGoesWithIt() {
        assertEquals("Docker", TabsRule.label("=== \":fontawesome-brands-docker:{ .lg } Docker\""));
    }

    @Test
    void aLabelThatIsOnlyAnIconIsNamedByTheIcon() {
        assertEquals("docker", TabsRule.label("=== \":simple-docker:\""));
    }

    @Test
    void anEmojiOrAColonInTheWordsIsNotAnIcon() {
        assertEquals("Ratio 16:9", TabsRule.label("=== \"Ratio 16:9\""));
        assertEquals(":rocket: Launch", TabsRule.label("=== \":rocket: Launch\""));
    }

    @Test
    void aLineWithoutAQuotedLabelOpensNoTab() {
        assertNull(TabsRule.label("=== Label"));
    }
}
