package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A sorted word list as one string: per word, one base64 character giving how many leading characters it shares with
 * the word before, then the rest of the word, then a space (no term contains one).
 */
final class FrontCoding {
    private FrontCoding() {
    }

    static String encode(List<String> sorted) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String word : sorted) {
            int shared = 0;
            int max = Math.min(63, Math.min(previous.length(), word.length()));
            while (shared < max && previous.charAt(shared) == word.charAt(shared)) shared++;
            B64.code(out, shared);
            out.append(word, shared, word.length()).append(' ');
            previous = word;
        }
        return out.toString();
    }

    static List<String> decode(String coded) {
        List<String> words = new ArrayList<>();
        String previous = "";
        int i = 0;
        while (i < coded.length()) {
            int shared = B64.ALPHABET.indexOf(coded.charAt(i));
            int end = coded.indexOf(' ', i + 1);
            previous = previous.substring(0, shared) + coded.substring(i + 1, end);
            words.add(previous);
            i = end + 1;
        }
        return words;
    }
}
