package dev.lectern.render.view;

import java.util.List;

/** A question's metadata; {@code difficulty} is the lowercase id ("easy") and empty when the source gives none. */
public record MetaView(String difficulty, String difficultyLabel, List<String> tags, List<String> companies) {
    public MetaView {
        tags = List.copyOf(tags);
        companies = List.copyOf(companies);
    }

    public boolean hasDifficulty() {
        return !difficulty.isEmpty();
    }

    public boolean hasAny() {
        return !difficulty.isEmpty() || !tags.isEmpty() || !companies.isEmpty();
    }
}
