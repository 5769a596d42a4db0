package dev.lectern.model;

import java.util.Locale;
import java.util.Map;

/** The canonical callout kinds (Material's twelve base types plus GitHub's important, and plain for untyped collapsibles). */
public enum CalloutKind {
    NOTE, ABSTRACT, INFO, TIP, IMPORTANT, SUCCESS, QUESTION, WARNING, FAILURE, DANGER, BUG, EXAMPLE, QUOTE, PLAIN;

    private static final Map<String, CalloutKind> ALIASES = Map.ofEntries(
            Map.entry("summary", ABSTRACT), Map.entry("tldr", ABSTRACT),
            Map.entry("todo", INFO),
            Map.entry("hint", TIP),
            Map.entry("check", SUCCESS), Map.entry("done", SUCCESS),
            Map.entry("help", QUESTION), Map.entry("faq", QUESTION),
            Map.entry("caution", WARNING), Map.entry("attention", WARNING),
            Map.entry("fail", FAILURE), Map.entry("missing", FAILURE),
            Map.entry("error", DANGER),
            Map.entry("cite", QUOTE));

    /** The kind a dialect keyword names, or null when the keyword is unknown (the caller decides, usually NOTE). */
    public static CalloutKind fromKeyword(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT).trim();
        CalloutKind alias = ALIASES.get(k);
        if (alias != null) return alias;
        for (CalloutKind c : values()) {
            if (c.id().equals(k)) return c;
        }
        return null;
    }

    /**
     * The title a callout gets from its keyword alone, as MkDocs and Docusaurus show it: the keyword in words, an
     * alias or a site's own kind included ({@code hint} is "Hint", {@code my-custom-admonition} "My custom admonition").
     */
    public static String keywordTitle(String keyword) {
        String words = keyword.strip().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The title a callout gets when its source gives none. */
    public String defaultTitle() {
        String id = id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
