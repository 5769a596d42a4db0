package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** {@link TokenScanner} finds exactly the tokens, at exactly the offsets, that {@link Analysis#TOKEN} finds. */
class TokenScannerTest {
    /** Characters that start, join, end or break a token, in and out of the BMP, and halves of surrogate pairs alone. */
    private static final String[] ALPHABET = {"a", "Z", "x", "5", "_", ".", "'", "\u2019", "*", "@", ":", "=", "!", "-", ">", ")",
            "]", "(", "[", " ", "\n", "#", "é", "Σ", "²", "Ⅻ", "\u0301", "\u00a0", "\uD835\uDCB3", "\uD835\uDFD9", "\uD835",
            "\uDCB3", "中"};

    @Test
    void readsWhatTheExpressionFinds() throws IOException {
        for (String text : List.of("", "functools.lru_cache", "def f(*args, **kwargs) -> None:", "x := 1 == 2 != 3",
                "@app.route('/a') @ x@y @_p.q.", "don't Python’s café's", "a) *b ]*c **d ***e *5 ** f", "3.14 v2.0 e.g. a..b a.",
                "\uD835\uDCB3*x \uD835\uDCB3@y \uD835\uDCB3 *z 𝟙.𝟙", "naïve Ǆemal x² Ⅻ", "->->:==!==")) {
            assertEquals(expected(text), scanned(text), text);
        }
    }

    @Test
    void readsWhatTheExpressionFindsInGeneratedText() throws IOException {
        Random random = new Random(20261206);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            assertEquals(expected(text.toString()), scanned(text.toString()), text.toString());
        }
    }

    @Test
    void readsTextLongerThanItsFirstBuffer() throws IOException {
        String text = "word_" + "x".repeat(5_000) + " *args ".repeat(400) + "tail";
        assertEquals(expected(text), scanned(text));
    }

    /** The expression's matches, as {@code PatternTokenizer} makes tokens of them: text and offsets. */
    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Analysis.TOKEN.matcher(text);
        while (m.find()) out.add(m.group() + "@" + m.start() + "-" + m.end());
        return out;
    }

    private static List<String> scanned(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenScanner scanner = new TokenScanner()) {
            CharTermAttribute term = scanner.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = scanner.addAttribute(OffsetAttribute.class);
            scanner.setReader(new StringReader(text));
            scanner.reset();
            while (scanner.incrementToken()) out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            scanner.end();
            assertEquals(text.length(), offset.endOffset(), "the final offset");
        }
        return out;
    }
}
