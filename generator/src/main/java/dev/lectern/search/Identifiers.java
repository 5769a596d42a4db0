package dev.lectern.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a token is split into the terms readers may type. A <em>plain word</em> (letters only, one case run:
 * {@code Decorators}, {@code GIL}, {@code ABCs}) is English and gets stemmed; anything else is an identifier and is
 * kept whole and also split, all unstemmed: {@code functools.lru_cache} → {@code functools.lru_cache},
 * {@code functools}, {@code lru_cache}, {@code lru}, {@code cache}; {@code getHTTPResponse} → {@code getHTTPResponse},
 * {@code get}, {@code HTTP}, {@code Response}; {@code **kwargs} → {@code **kwargs}, {@code kwargs}. Parts made only of
 * digits are left out ({@code 3.14} is one term).
 *
 * <p>The client's {@code core.js} implements the same rules ({@code splitIdentifier}); the parity test keeps them equal.
 */
final class Identifiers {
    private Identifiers() {
    }

    /** Null for a plain word; otherwise the whole token first, then its parts, case-insensitively distinct, in original case. */
    static List<String> split(String token) {
        if (isPlainWord(token)) return null;
        Map<String, String> out = new LinkedHashMap<>();
        add(out, token);
        String core = token.startsWith("**") ? token.substring(2)
                : token.startsWith("*") || token.startsWith("@") ? token.substring(1) : token;
        add(out, core);
        String[] segments = core.split("\\.", -1);
        if (segments.length > 1) for (String s : segments) add(out, s);
        for (String s : segments) {
            List<String> pieces = new ArrayList<>();
            for (String p : s.split("_", -1)) if (!p.isEmpty()) pieces.add(p);
            if (pieces.size() > 1 || pieces.size() == 1 && !pieces.get(0).equals(s)) pieces.forEach(p -> add(out, p));
            for (String p : pieces) {
                List<String> runs = caseRuns(p);
                if (runs.size() > 1) runs.forEach(r -> add(out, r));
            }
        }
        return List.copyOf(out.values());
    }

    /** Letters only, and a single case run: stemmed as English. */
    static boolean isPlainWord(String token) {
        if (token.isEmpty()) return false;
        boolean ascii = true;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (!Character.isLetter(cp)) return false;
            if (cp > 127) ascii = false;
            i += Character.charCount(cp);
        }
        // the common case: lower case after the first letter has no case run to split
        if (ascii) {
            boolean rest = true;
            for (int i = 1; i < token.length() && rest; i++) rest = token.charAt(i) >= 'a' && token.charAt(i) <= 'z';
            if (rest) return true;
        }
        return caseRuns(token).size() == 1;
    }

    /**
     * Splits at a lower-case letter or digit followed by an upper-case letter ({@code lruCache}), and before the last
     * capital of a capital run followed by lower case ({@code HTTPResponse}); a plural {@code s} after capitals
     * ({@code ABCs}, {@code URLs}) does not start a word.
     */
    static List<String> caseRuns(String s) {
        int[] cps = s.codePoints().toArray();
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < cps.length; i++) {
            boolean upper = Character.isUpperCase(cps[i]);
            boolean afterLower = Character.isLowerCase(cps[i - 1]) || Character.isDigit(cps[i - 1]);
            boolean capitalRunEnds = Character.isUpperCase(cps[i - 1]) && i + 1 < cps.length && Character.isLowerCase(cps[i + 1])
                    && !(cps[i + 1] == 's' && i + 2 == cps.length);
            if (upper && (afterLower || capitalRunEnds)) {
                runs.add(new String(cps, start, i - start));
                start = i;
            }
        }
        runs.add(new String(cps, start, cps.length - start));
        return runs;
    }

    /** A part made only of digits ({@code 14} of {@code 3.14}) is not a word a reader searches for. */
    private static void add(Map<String, String> out, String term) {
        if (!term.isEmpty() && (out.isEmpty() || !term.chars().allMatch(c -> c >= '0' && c <= '9'))) out.putIfAbsent(lower(term), term);
    }

    /** Lower case one code point at a time, as Lucene's LowerCaseFilter does (no final-sigma rule). */
    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }
}
