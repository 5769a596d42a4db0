package dev.lectern.model;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * The one rule for when two topic names (tags, derived topics) are the same topic: names that differ only in case,
 * punctuation, spaces, hyphens, a possessive or an English plural share a key ("Type Hints", "type-hint",
 * "typehints" → {@code typehint}). Each word is singularised by Lucene's {@link EnglishMinimalStemmer} (plurals only:
 * "classes" and "class" stay apart, as it leaves "-es" after "s"), then the words are joined with nothing between
 * them. {@code +} and {@code #} count as letters, so "C++" and "C#" are not "C". A name with no letter or digit is its
 * own key.
 */
public final class TopicKey {
    private TopicKey() {
    }

    public static String of(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
        StringBuilder key = new StringBuilder();
        char[] word = new char[text.length()];
        int len = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                word[len++] = c;
                continue;
            }
            // a possessive's "s" ("Python's") is no word of its own
            boolean possessive = (c == '\'' || c == '\u2019') && i + 1 < text.length() && text.charAt(i + 1) == 's'
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
            if (len > 0) key.append(word, 0, stemmer.stem(word, len));
            len = 0;
            if (possessive) i++;
        }
        return key.isEmpty() ? text : key.toString();
    }
}
