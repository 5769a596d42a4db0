package dev.lectern.model;

/**
 * A heading's own id and classes, written after its text as an attribute list: {@code ## Setup {#setup}} (Docusaurus,
 * Hugo) or {@code ## Setup { #setup .lead }} (MkDocs attr_list). The id is the section's or question's slug; the list
 * is not part of the title's words (the renderer hides it, as flexmark's attributes extension parses it).
 */
public final class AuthoredIds {
    private AuthoredIds() {
    }

    /** The id of the attribute list that ends {@code title}, or null when there is none or it names no id. */
    public static String of(String title) {
        String list = trailingList(title);
        if (list == null) return null;
        for (String token : list.substring(1, list.length() - 1).strip().split(" ")) {
            if (token.startsWith("#") && token.length() > 1) return token.substring(1);
        }
        return null;
    }

    /** {@code title} without the attribute list that ends it. */
    public static String strip(String title) {
        String list = trailingList(title);
        return list == null ? title : title.substring(0, title.length() - list.length()).strip();
    }

    /** The final {@code {…}} of {@code title} when every entry in it is {@code #id}, {@code .class} or {@code key=value}. */
    private static String trailingList(String title) {
        String t = title.strip();
        if (!t.endsWith("}")) return null;
        int open = t.lastIndexOf('{');
        if (open < 0) return null;
        String inner = t.substring(open + 1, t.length() - 1).strip();
        if (inner.isEmpty()) return null;
        for (String token : inner.split(" ")) {
            if (token.isEmpty()) continue;
            boolean ok = (token.startsWith("#") || token.startsWith(".")) && token.length() > 1 && token.indexOf('"') < 0
                    || token.indexOf('=') > 0;
            if (!ok) return null;
        }
        return t.substring(open);
    }
}
