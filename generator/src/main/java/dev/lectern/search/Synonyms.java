package dev.lectern.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words a document means without writing them, so that a search in either form finds it: the long form of an
 * abbreviation the guides define ("Content Delivery Network (CDN)", "SLA (service level agreement)") for a document that
 * writes the abbreviation, the abbreviation for one that spells it out; and the other members of each group an author
 * lists under {@code synonyms:} in lectern.yml. Found once per build in linear scans of the documents' text; matched
 * on whole words, case aside.
 */
final class Synonyms {
    /** Small words a long form may hold without an initial in its abbreviation ("Bill of Materials", "Certificate of Origin"). */
    private static final Set<String> JOINERS = Set.of("of", "and", "the", "for", "in", "to", "a", "an", "on", "by", "&");
    private static final int MIN_ABBREVIATION = 2;
    private static final int MAX_ABBREVIATION = 6;

    /** Each phrase (its words, lower case) → the phrases of its groups, as text. */
    private final Map<List<String>, Set<String>> others = new HashMap<>();
    /** First word → the phrases starting with it, longest first, for the scan of a document's words. */
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    private Synonyms() {
    }

    /** The abbreviations {@code docs} define and the {@code authored} groups, each a list of words or phrases. */
    static Synonyms of(List<SearchDoc> docs, List<List<String>> authored) {
        Synonyms s = new Synonyms();
        for (SearchDoc d : docs) {
            // a definition needs parentheses: most texts are passed over by one scan
            if (d.title().indexOf('(') >= 0) s.findDefinitions(words(d.title()));
            if (d.body().indexOf('(') >= 0) s.findDefinitions(words(d.body()));
        }
        authored.forEach(s::group);
        s.byFirstWord.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
        return s;
    }

    boolean isEmpty() {
        return others.isEmpty();
    }

    /** What {@code text} means without writing it: the other forms of every phrase it holds, space-separated, sorted. */
    String also(String text) {
        if (others.isEmpty() || text.isEmpty()) return "";
        Set<String> out = new TreeSet<>();
        collect(lower(words(text)), out);
        return String.join(" ", out);
    }

    private void collect(List<String> words, Set<String> out) {
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> phrases = byFirstWord.get(words.get(i));
            if (phrases == null) continue;
            for (List<String> p : phrases) {
                if (startsAt(words, i, p)) {
                    out.addAll(others.get(p));
                    break;
                }
            }
        }
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) return false;
        for (int k = 0; k < phrase.size(); k++) if (!words.get(at + k).equals(phrase.get(k))) return false;
        return true;
    }

    /** "Long Form Words (LFW)" and "LFW (Long Form Words)", in a text's words as written (case kept: it tells an abbreviation). */
    private void findDefinitions(List<String> written) {
        for (int i = 1; i + 1 < written.size(); i++) {
            if (!written.get(i).equals("(")) continue;
            int close = i + 1;
            while (close < written.size() && close - i <= MAX_ABBREVIATION + 3 && !written.get(close).equals(")")) close++;
            if (close >= written.size() || !written.get(close).equals(")")) continue;
            List<String> inside = written.subList(i + 1, close);
            if (inside.size() == 1 && isAbbreviation(inside.get(0))) {
                List<String> longForm = longFormBefore(written, i, inside.get(0));
                if (longForm != null) group(List.of(String.join(" ", longForm), inside.get(0)));
            } else if (inside.size() >= MIN_ABBREVIATION && isAbbreviation(written.get(i - 1))
                    && spells(inside, written.get(i - 1))) {
                group(List.of(String.join(" ", inside), written.get(i - 1)));
            }
        }
    }

    private static boolean isAbbreviation(String w) {
        String core = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        if (core.length() < MIN_ABBREVIATION || core.length() > MAX_ABBREVIATION) return false;
        for (int i = 0; i < core.length(); i++) if (!Character.isUpperCase(core.charAt(i))) return false;
        return true;
    }

    /** The words before {@code open} whose initials spell {@code abbreviation}, joiners allowed between them; or null. */
    private static List<String> longFormBefore(List<String> written, int open, String abbreviation) {
        String letters = letters(abbreviation);
        int need = letters.length() - 1;
        int start = open;
        for (int k = open - 1; k >= 0 && need >= 0 && open - k <= 2 * letters.length(); k--) {
            String w = written.get(k);
            if (w.equals("(") || w.equals(")")) return null;
            if (Character.toLowerCase(w.charAt(0)) == letters.charAt(need)) {
                need--;
                start = k;
            } else if (!JOINERS.contains(w.toLowerCase(Locale.ROOT)) || need == letters.length() - 1) {
                return null;
            }
        }
        return need < 0 ? written.subList(start, open) : null;
    }

    private static boolean spells(List<String> words, String abbreviation) {
        String letters = letters(abbreviation);
        int at = 0;
        for (String w : words) {
            if (w.equals("(") || w.equals(")")) return false;
            if (at < letters.length() && Character.toLowerCase(w.charAt(0)) == letters.charAt(at)) at++;
            else if (!JOINERS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return at == letters.length();
    }

    private static String letters(String abbreviation) {
        String core = abbreviation.endsWith("s") && abbreviation.length() > MIN_ABBREVIATION ? abbreviation.substring(0, abbreviation.length() - 1) : abbreviation;
        return core.toLowerCase(Locale.ROOT);
    }

    /** Makes each member of {@code phrases} mean the others. */
    private void group(List<String> phrases) {
        List<List<String>> members = new ArrayList<>();
        for (String p : phrases) {
            List<String> w = lower(words(p));
            if (!w.isEmpty() && !members.contains(w)) members.add(w);
        }
        if (members.size() < 2) return;
        for (List<String> m : members) {
            Set<String> set = others.computeIfAbsent(m, k -> {
                byFirstWord.computeIfAbsent(k.get(0), f -> new ArrayList<>()).add(k);
                return new LinkedHashSet<>();
            });
            for (List<String> o : members) if (o != m) set.add(String.join(" ", o));
        }
    }

    /** A text's words and parentheses, as written: letters, digits and the joiners' ampersand. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1)))) i++;
                out.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) if (!w.equals("(") && !w.equals(")")) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }
}
