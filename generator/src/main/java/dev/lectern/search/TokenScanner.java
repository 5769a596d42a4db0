package dev.lectern.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits text into the tokens of {@link Analysis#TOKEN}, as Lucene's {@code PatternTokenizer} would with that
 * expression and {@code Matcher.find}, but by hand: one look at each character instead of a regex engine trying four
 * branches at every position (the tokenizer was a fifth of the search index's time). {@code TokenScannerTest} holds
 * the two equal on generated and hostile text.
 *
 * <p>At each position, in the expression's order: a word ({@code [\p{L}\p{N}_]+} joined by {@code .}, {@code '} or
 * {@code ’}); a {@code *} or {@code **} sigil before a letter or {@code _}, not after a word character, {@code )},
 * {@code ]} or {@code *}; an {@code @} decorator name, not after a word character, with its dotted parts; or one of the
 * operators {@code := == != ->}. Where nothing starts, the next character is tried. The character before a sigil is
 * read as the expression reads it: one UTF-16 unit, so the low half of a surrogate pair is no word character.
 */
final class TokenScanner extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] text = new char[1024];
    private int length;
    private int at;

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (at < length) {
            int end = tokenEnd(at);
            if (end > at) {
                term.copyBuffer(text, at, end - at);
                offset.setOffset(correctOffset(at), correctOffset(end));
                at = end;
                return true;
            }
            at++;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        at = 0;
        while (true) {
            if (length == text.length) text = ArrayUtil.grow(text, length + 1);
            int n = input.read(text, length, text.length - length);
            if (n < 0) break;
            length += n;
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > 1 << 16) text = new char[1024]; // an analyzer keeps its tokenizer: no big text stays with it
    }

    /** The end of the token that starts at {@code i}, or {@code i} when none does. */
    private int tokenEnd(int i) {
        int c = codePoint(i);
        if (isWord(c)) return dottedWord(i, ".'\u2019");
        switch (c) {
            case '*':
                if (i > 0 && (isWord(text[i - 1]) || text[i - 1] == ')' || text[i - 1] == ']' || text[i - 1] == '*')) return i;
                int stars = i + 1 < length && text[i + 1] == '*' ? 2 : 1;
                return startsName(i + stars) ? wordEnd(i + stars) : i;
            case '@':
                if (i > 0 && isWord(text[i - 1]) || !startsName(i + 1)) return i;
                return dottedWord(i + 1, ".");
            case ':', '=', '!':
                return i + 1 < length && text[i + 1] == '=' ? i + 2 : i;
            case '-':
                return i + 1 < length && text[i + 1] == '>' ? i + 2 : i;
            default:
                return i;
        }
    }

    /** From a word character at {@code i}: the word, then each joiner from {@code joiners} followed by another word. */
    private int dottedWord(int i, String joiners) {
        int end = wordEnd(i);
        while (end + 1 < length && joiners.indexOf(text[end]) >= 0 && isWord(codePoint(end + 1))) end = wordEnd(end + 1);
        return end;
    }

    /** The end of the run of word characters from {@code i}. */
    private int wordEnd(int i) {
        while (i < length) {
            int c = codePoint(i);
            if (!isWord(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    /** A letter or {@code _} at {@code i}: what may follow a sigil. */
    private boolean startsName(int i) {
        if (i >= length) return false;
        int c = codePoint(i);
        return c == '_' || Character.isLetter(c);
    }

    private int codePoint(int i) {
        return Character.codePointAt(text, i, length);
    }

    /** {@code [\p{L}\p{N}_]}. */
    private static boolean isWord(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
