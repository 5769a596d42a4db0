package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Test;

/** What a preview's steps made (parsed blocks here): held by one page at a time, let go when two steps pass without it. */
class StepCacheTest {
    private static final Parser PARSER = Parser.builder().build();

    @Test
    void aTreeGivenBackIsTakenByOnePageAtATime() {
        StepCache<Document> cache = StepCache.keeping();
        Document doc = PARSER.parse("Some *text*.");
        cache.give("Some *text*.", doc);
        assertNull(cache.take("Other text."), "another text's tree");
        assertSame(doc, cache.take("Some *text*."));
        assertNull(cache.take("Some *text*."), "taken: a second page parses its own");
    }

    @Test
    void aTreeUnusedForTwoStepsIsLetGo() {
        StepCache<Document> cache = StepCache.keeping();
        Document kept = PARSER.parse("kept"), dropped = PARSER.parse("dropped");
        cache.give("kept", kept);
        cache.give("dropped", dropped);
        cache.nextStep();
        assertSame(kept, cache.take("kept"), "from the step before");
        cache.give("kept", kept); // rendered again in this step
        cache.nextStep();
        assertSame(kept, cache.take("kept"));
        assertNull(cache.take("dropped"), "not used in the last step");
    }

    @Test
    void noneKeepsNothing() {
        StepCache<Document> none = StepCache.none();
        none.give("text", PARSER.parse("text"));
        assertNull(none.take("text"));
    }
}
