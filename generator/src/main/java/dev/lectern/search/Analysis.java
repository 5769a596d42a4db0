package dev.lectern.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two analyzers, built from Lucene parts; the client's {@code core.js} reimplements both step by step, and the
 * parity test runs every word of the corpus through each side.
 *
 * <ul>
 *   <li><b>prose</b> (titles, answer text, tags, companies): {@link #TOKEN} → possessive {@code 's} removed →
 *   {@link IdentifierSplitFilter} → lower case → Lucene's 33 English stop words → Porter stemming of plain words only
 *   → length 2..40.</li>
 *   <li><b>code</b> (code blocks): the same, except that pure numbers ({@code 0}, {@code 1024}) are dropped before
 *   stemming. Plain words in code (comments, strings, simple names) are stemmed like prose so that they share its
 *   terms; identifiers, which is what readers look for in code, are never stemmed.</li>
 * </ul>
 *
 * <p>{@link #TOKEN} is ours rather than UAX#29 because readers search for symbols the standard tokenizer drops: it
 * keeps {@code *args}, {@code **kwargs}, {@code @property} and {@code @functools.wraps} (a sigil after no word
 * character), dotted names ({@code os.path.join}), words with an apostrophe, and the operators {@code :=},
 * {@code ==}, {@code !=} and {@code ->}. The same expression appears in {@code core.js}; {@link TokenScanner} applies
 * it by hand.
 */
final class Analysis {
    /** Keep in step with {@code TOKEN} in core.js. The branches start with different characters; words come first as the most common. */
    static final String TOKEN_REGEX = "[\\p{L}\\p{N}_]+(?:[.'\u2019][\\p{L}\\p{N}_]+)*"
            + "|(?<![\\p{L}\\p{N}_)\\]*])\\*{1,2}[\\p{L}_][\\p{L}\\p{N}_]*"
            + "|(?<![\\p{L}\\p{N}_])@[\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}\\p{N}_]+)*"
            + "|:=|==|!=|->";
    static final Pattern TOKEN = Pattern.compile(TOKEN_REGEX);
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;

    private final Analyzer prose = chain(false);
    private final Analyzer code = chain(true);

    /** One chain for prose and code; code also drops bare numbers. */
    private static Analyzer chain(boolean dropNumbers) {
        return chain(dropNumbers, null);
    }

    /**
     * The prose chain that also counts the plain words it reads into {@code counts} ({@link Vocabulary#count}), so that
     * the words listed for the client come from the one analysis of each text that indexing does.
     */
    static Analyzer counting(java.util.Map<String, Integer> counts) {
        return chain(false, counts);
    }

    private static Analyzer chain(boolean dropNumbers, java.util.Map<String, Integer> counts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new TokenScanner();
                TokenStream s = new EnglishPossessiveFilter(source);
                if (counts != null) s = new WordCounter(s, counts);
                s = new IdentifierSplitFilter(s);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                if (dropNumbers) s = new NumberDropFilter(s);
                s = new PorterStemFilter(s);
                s = new LengthFilter(s, MIN_LENGTH, MAX_LENGTH);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    Analyzer prose() {
        return prose;
    }

    Analyzer code() {
        return code;
    }

    /** The terms an analyzer makes of a text, in order (what the index holds and what the client must produce). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Counts each token, as the possessive filter leaves it, with {@link Vocabulary#count}; passes it on unchanged. */
    private static final class WordCounter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final java.util.Map<String, Integer> counts;

        WordCounter(TokenStream in, java.util.Map<String, Integer> counts) {
            super(in);
            this.counts = counts;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            Vocabulary.count(term.toString(), counts);
            return true;
        }
    }

    /** Numbers in code ({@code 0}, {@code 1024}, {@code 3.14}) are noise to a reader's search. */
    private static final class NumberDropFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NumberDropFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.')) return true;
            }
            return false;
        }
    }
}
