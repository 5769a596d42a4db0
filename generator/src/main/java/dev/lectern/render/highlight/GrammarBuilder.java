package dev.lectern.render.highlight;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A grammar filled in steps. The grammar object exists from the start, so a token can nest the grammar it belongs to
 * (an f-string's replacement field is Python again); its token list is read-only to everyone else, so a finished
 * grammar never changes and is safe to share between threads.
 */
final class GrammarBuilder {
    private final List<Prism4j.Token> tokens = new ArrayList<>();
    private final Prism4j.Grammar grammar;

    GrammarBuilder(String name) {
        grammar = Prism4j.grammar(name, Collections.unmodifiableList(tokens));
    }

    /** The grammar, complete once every {@code add} has run. */
    Prism4j.Grammar grammar() {
        return grammar;
    }

    GrammarBuilder add(Rule... rules) {
        for (Rule r : rules) tokens.add(r.token());
        return this;
    }

    /**
     * Appends the tokens another grammar has now (the same token objects), after this grammar's own. Tokens it gets
     * later are not seen here, so an empty grammar is refused: it is one not built yet.
     */
    GrammarBuilder addAll(Prism4j.Grammar other) {
        if (other.tokens().isEmpty()) throw new IllegalStateException("grammar '" + other.name() + "' is not built yet");
        tokens.addAll(other.tokens());
        return this;
    }
}
