package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The line {@code **Difficulty:** 🔴 Hard | **Tags:** `A`, `B` | **Asked by:** Google, Meta} as question metadata. */
final class MetaLine {
    private MetaLine() {
    }

    /** The metadata in {@code b}, merged with companies from the heading; null when {@code b} is not a metadata line. */
    static Meta parse(Block b, List<String> headingCompanies) {
        if (!(b instanceof Markdown md) || !md.text().startsWith("**Difficulty:**") || md.text().contains("\n\n")) return null;
        Meta.Difficulty difficulty = null;
        List<String> tags = List.of();
        List<String> companies = new ArrayList<>(headingCompanies);
        for (String field : md.text().replace('\n', ' ').split("\\|")) {
            String f = field.strip();
            int colon = f.indexOf(":**");
            if (colon < 0) continue;
            String key = f.substring(0, colon).replace("*", "").strip().toLowerCase(Locale.ROOT);
            String value = f.substring(colon + 3).strip();
            switch (key) {
                case "difficulty" -> difficulty = difficulty(value);
                case "tags" -> tags = TitleSuffix.list(value);
                case "asked by", "companies" -> {
                    for (String c : TitleSuffix.list(value)) if (!companies.contains(c)) companies.add(c);
                }
                default -> { }
            }
        }
        return new Meta(difficulty, tags, companies);
    }

    static Meta.Difficulty difficulty(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("hard")) return Meta.Difficulty.HARD;
        if (v.contains("medium") || v.contains("intermediate")) return Meta.Difficulty.MEDIUM;
        if (v.contains("easy") || v.contains("beginner")) return Meta.Difficulty.EASY;
        return null;
    }
}
