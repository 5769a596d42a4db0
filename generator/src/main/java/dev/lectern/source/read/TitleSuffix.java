package dev.lectern.source.read;

import java.util.ArrayList;
import java.util.List;

/** {@code What is the GIL? - Google, Meta Interview Question} → title {@code What is the GIL?}, companies Google, Meta. */
record TitleSuffix(String title, List<String> companies, String suffix) {
    private static final String SUFFIX = " Interview Question";

    static TitleSuffix split(String heading) {
        String h = heading.strip();
        int dash = h.lastIndexOf(" - ");
        if (!h.endsWith(SUFFIX) || dash < 0) return new TitleSuffix(h, List.of(), "");
        String names = h.substring(dash + 3, h.length() - SUFFIX.length());
        return new TitleSuffix(h.substring(0, dash).strip(), list(names), h.substring(dash));
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
