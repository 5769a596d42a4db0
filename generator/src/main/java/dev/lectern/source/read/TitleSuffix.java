package dev.lectern.source.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Companies named in a heading's suffix, only where the suffix says that they ask it:
 * {@code What is the GIL? - Google, Meta Interview Question} and {@code What is a closure? (asked at Google, Meta)}
 * → title {@code What is the GIL?} / {@code What is a closure?}, companies Google, Meta. Any other suffix is title.
 */
record TitleSuffix(String title, List<String> companies, String suffix) {
    private static final String[] DASHES = {" - ", " – ", " — ", " | "};
    private static final String[] ASKED = {"asked at ", "asked by ", "asked in ", "asked at: ", "asked by: "};

    static TitleSuffix split(String heading) {
        String h = heading.strip();
        TitleSuffix bracketed = bracketed(h);
        if (bracketed != null) return bracketed;
        for (String dash : DASHES) {
            int at = h.lastIndexOf(dash);
            if (at <= 0) continue;
            List<String> names = names(h.substring(at + dash.length()));
            if (!names.isEmpty()) return new TitleSuffix(h.substring(0, at).strip(), names, h.substring(at));
        }
        return new TitleSuffix(h, List.of(), "");
    }

    /** {@code … (asked at Google, Meta)} or {@code … [Asked by: Meta]}. */
    private static TitleSuffix bracketed(String h) {
        if (!(h.endsWith(")") || h.endsWith("]"))) return null;
        int open = h.lastIndexOf(h.endsWith(")") ? '(' : '[');
        if (open <= 0) return null;
        String inner = h.substring(open + 1, h.length() - 1).strip();
        String lower = inner.toLowerCase(Locale.ROOT);
        for (String a : ASKED) {
            if (lower.startsWith(a)) {
                List<String> names = list(inner.substring(a.length()));
                return names.isEmpty() ? null : new TitleSuffix(h.substring(0, open).strip(), names, h.substring(open - 1));
            }
        }
        return null;
    }

    /**
     * The companies a dash suffix names, when its words say that they ask it: "Asked at Initech", or names followed by
     * "interview" ("Initech, Hooli interview", "… interviews", "… interview question(s)"); empty otherwise.
     */
    private static List<String> names(String suffix) {
        String s = suffix.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String a : ASKED) if (lower.startsWith(a)) return list(s.substring(a.length()));
        String[] words = s.split(" ");
        int end = words.length;
        if (end > 0 && words[end - 1].toLowerCase(Locale.ROOT).matches("questions?")) end--;
        if (end < 2 || !words[end - 1].toLowerCase(Locale.ROOT).matches("interviews?")) return List.of();
        return list(String.join(" ", java.util.Arrays.copyOf(words, end - 1)));
    }

    static List<String> list(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            String p = part.strip();
            if (p.startsWith("`") && p.endsWith("`") && p.length() > 1) p = p.substring(1, p.length() - 1);
            if (!p.isEmpty() && !out.contains(p)) out.add(p);
        }
        return out;
    }
}
