package dev.lectern.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits an identifier whole and then its parts at the same position ({@link Identifiers#split}), all marked as
 * keywords so that no stemmer touches them. Plain words pass through unmarked.
 */
final class IdentifierSplitFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> parts = new ArrayDeque<>();
    private State whole;

    IdentifierSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            restoreState(whole);
            term.setEmpty().append(parts.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        List<String> split = Identifiers.split(term.toString());
        if (split == null) return true;
        keyword.setKeyword(true);
        term.setEmpty().append(split.get(0));
        parts.addAll(split.subList(1, split.size()));
        whole = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        whole = null;
    }
}
