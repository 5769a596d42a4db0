package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.DELETED;
import static dev.lectern.render.highlight.TokenClass.INSERTED;
import static dev.lectern.render.highlight.TokenClass.META;

import io.noties.prism4j.Prism4j;

/**
 * Unified, context and normal diffs, line by line. Headers are matched first, so "--- a/x" is not a removed line; a
 * removed "-- x" directly followed by an added "++ y" reads as a header too (only counting hunk lines could tell).
 */
final class DiffGrammar {
    private DiffGrammar() {
    }

    static Prism4j.Grammar create() {
        return new GrammarBuilder("diff").add(
                Rule.of(META, "^--- [^\\n]*+\\n\\+\\+\\+ [^\\n]*+|^\\*\\*\\* [^\\n]*+\\n--- [^\\n]*+"),
                Rule.of(META, "^(?:@@|diff |index |similarity |dissimilarity |rename |copy |new file|deleted file|old mode"
                        + "|new mode|Binary files|Only in |\\*{15}|\\d++(?:,\\d++)?[acd]\\d++(?:,\\d++)?$)[^\\n]*+"),
                Rule.of(COMMENT, "^\\\\[^\\n]*+"),
                Rule.of(INSERTED, "^[+>][^\\n]*+"),
                Rule.of(DELETED, "^[-<][^\\n]*+")).grammar();
    }
}
