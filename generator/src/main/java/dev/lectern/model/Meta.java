package dev.lectern.model;

import java.util.List;

/** What the source says about a question; empty lists and a null difficulty where it says nothing. */
public record Meta(Difficulty difficulty, List<String> tags, List<String> companies) {
    public static final Meta NONE = new Meta(null, List.of(), List.of());

    public Meta {
        tags = List.copyOf(tags);
        companies = List.copyOf(companies);
    }

    public enum Difficulty {
        EASY, MEDIUM, HARD;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
