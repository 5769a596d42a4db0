package dev.lectern.source.read;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Question metadata recognised by meaning: a paragraph whose every field is {@code key: value} with a known key, in any
 * order, bold or not, any casing, fields separated by {@code |}, {@code ·}, {@code ;} or line breaks
 * ({@code **Difficulty:** Hard | **Tags:** `A`, `B` | **Asked by:** Google}, {@code Level: beginner · Topics: sets}).
 * Keys: difficulty/level; tags/topics; companies/asked by/asked at/asked in. Front matter with the same keys gives
 * every question of the document its default.
 */
final class MetaLine {
    private static final int MAX_LINES = 4;

    private MetaLine() {
    }

    /** A metadata paragraph at the start of {@code b}, and what follows it in the block (null when nothing). */
    record Split(Meta meta, Markdown rest) {
    }

    /** The metadata paragraph that opens {@code b}, merged with {@code companies}; null when {@code b} does not open with one. */
    static Split split(Block b, List<String> companies) {
        if (!(b instanceof Markdown md)) return null;
        String text = md.text();
        int blank = text.indexOf("\n\n");
        String first = blank < 0 ? text : text.substring(0, blank);
        Meta meta = parse(first, companies);
        if (meta == null) return null;
        if (blank < 0) return new Split(meta, null);
        String rest = text.substring(blank + 2);
        int skipped = (int) first.chars().filter(c -> c == '\n').count() + 2;
        while (rest.startsWith("\n")) {
            rest = rest.substring(1);
            skipped++;
        }
        SourcePos pos = md.pos();
        return new Split(meta, rest.isBlank() ? null : new Markdown(rest, pos.atLine(pos.line() + skipped)));
    }

    /** The metadata of one paragraph, or null when any of its fields has no known key. */
    static Meta parse(String paragraph, List<String> headingCompanies) {
        String p = paragraph.strip();
        if (p.isEmpty() || p.lines().count() > MAX_LINES || p.startsWith("#") || p.startsWith(">")) return null;
        Meta.Difficulty difficulty = null;
        List<String> tags = List.of();
        List<String> companies = new ArrayList<>(headingCompanies);
        boolean any = false;
        for (String field : p.split("[|·;\\n]")) {
            String f = field.strip();
            if (f.isEmpty()) continue;
            int colon = f.indexOf(':');
            if (colon < 0) return null;
            String key = f.substring(0, colon).replace("*", "").replace("_", " ").strip().toLowerCase(Locale.ROOT);
            String value = stripEmphasis(f.substring(colon + 1));
            switch (key) {
                case "difficulty", "level", "difficulty level" -> difficulty = difficulty(value);
                case "tags", "tag", "topics", "topic" -> tags = TitleSuffix.list(value);
                case "companies", "company", "asked by", "asked at", "asked in" -> add(companies, TitleSuffix.list(value));
                default -> {
                    return null;
                }
            }
            any = true;
        }
        return any ? new Meta(difficulty, tags, companies) : null;
    }

    /** The document-wide defaults front matter gives ({@code difficulty:}, {@code tags: [a, b]}, {@code companies:}). */
    static Meta defaults(FrontMatter fm) {
        Meta.Difficulty difficulty = null;
        List<String> tags = List.of();
        List<String> companies = new ArrayList<>();
        for (var e : fm.data().entrySet()) {
            String key = e.getKey().replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT);
            String value = e.getValue() instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(e.getValue());
            switch (key) {
                case "difficulty", "level" -> difficulty = difficulty(value);
                case "tags", "topics" -> tags = TitleSuffix.list(value);
                case "companies", "asked by", "asked at" -> add(companies, TitleSuffix.list(value));
                default -> { }
            }
        }
        return new Meta(difficulty, tags, companies);
    }

    /** {@code own}, with each field it leaves empty taken from {@code defaults}. */
    static Meta merge(Meta own, Meta defaults) {
        if (defaults.equals(Meta.NONE)) return own;
        return new Meta(own.difficulty() != null ? own.difficulty() : defaults.difficulty(),
                own.tags().isEmpty() ? defaults.tags() : own.tags(),
                own.companies().isEmpty() ? defaults.companies() : own.companies());
    }

    static Meta.Difficulty difficulty(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("hard") || v.contains("advanced") || v.contains("expert")) return Meta.Difficulty.HARD;
        if (v.contains("medium") || v.contains("intermediate")) return Meta.Difficulty.MEDIUM;
        if (v.contains("easy") || v.contains("beginner") || v.contains("basic")) return Meta.Difficulty.EASY;
        return null;
    }

    private static void add(List<String> to, List<String> names) {
        for (String c : names) if (!to.contains(c)) to.add(c);
    }

    /** "** Hard" (the rest of "**Difficulty:** Hard") → "Hard". */
    private static String stripEmphasis(String v) {
        String s = v.strip();
        while (s.startsWith("*") || s.startsWith("_")) s = s.substring(1).strip();
        while (s.endsWith("*") || s.endsWith("_")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }
}
