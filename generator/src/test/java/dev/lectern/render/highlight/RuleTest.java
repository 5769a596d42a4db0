package dev.lectern.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTest {
    @Test
    void aWordTreeMatchesExactlyItsWords() {
        List<String> words = List.of("as", "assert", "async", "await", "and", "a", "break", "non-sealed");
        Pattern trie = Pattern.compile(Rule.trie(words));
        for (String w : words) assertTrue(trie.matcher(w).matches(), w);
        for (String w : List.of("", "ass", "asserts", "b", "aw", "non", "sealed")) assertFalse(trie.matcher(w).matches(), w);
        assertEquals("(?:a(?:nd|s(?:sert|ync)?|wait)|b)", Rule.trie(List.of("and", "as", "assert", "async", "await", "b")));
    }

    @Test
    void wordsAreWholeAndNeverMembers() {
        Pattern p = Pattern.compile(Rule.words("if", "in", "is"));
        assertEquals(List.of("if", "in"), p.matcher("if x in y").results().map(r -> r.group()).toList());
        assertFalse(p.matcher("iff inx x.if $in émis").find());
    }
}
