package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TopicKeyTest {
    @Test
    void caseSpacesHyphensAndPunctuationDoNotMakeAnotherTopic() {
        assertEquals(TopicKey.of("Metaprogramming"), TopicKey.of("meta-programming"));
        assertEquals(TopicKey.of("Meta Programming"), TopicKey.of("meta_programming"));
        assertEquals(TopicKey.of("I/O"), TopicKey.of("io"));
        assertEquals(TopicKey.of(" Type hints "), TopicKey.of("TYPE-HINTS"));
    }

    @Test
    void anEnglishPluralOrPossessiveIsTheSameTopicAsItsSingular() {
        assertEquals(TopicKey.of("closure"), TopicKey.of("Closures"));
        assertEquals(TopicKey.of("Dictionary"), TopicKey.of("dictionaries"));
        assertEquals(TopicKey.of("type hint"), TopicKey.of("Type Hints"));
        assertEquals(TopicKey.of("Rust's borrow checker"), TopicKey.of("rust borrow checkers"));
    }

    @Test
    void differentWordsStayDifferentTopics() {
        assertNotEquals(TopicKey.of("C"), TopicKey.of("C++"));
        assertNotEquals(TopicKey.of("C#"), TopicKey.of("C++"));
        assertNotEquals(TopicKey.of("status"), TopicKey.of("state"));
        assertNotEquals(TopicKey.of("Functional"), TopicKey.of("functional programming"));
    }

    @Test
    void aNameWithoutLettersIsItsOwnKey() {
        assertEquals("—", TopicKey.of(" — "));
        assertNotEquals(TopicKey.of("?"), TopicKey.of("!"));
    }

    @Test
    void theShownNameIsTheCommonestFormAndATieIsBrokenByCodePointOrder() {
        TopicNames names = new TopicNames();
        for (String s : new String[] {"type-hints", "Type hints", "Type hints", "typehint", "Graphs", "graph"}) names.add(s);
        assertEquals("Type hints", names.name("TYPE HINT"));
        assertEquals("Graphs", names.name("graphs"));
        assertEquals("Unheard of", names.name(" Unheard of"));
    }
}
