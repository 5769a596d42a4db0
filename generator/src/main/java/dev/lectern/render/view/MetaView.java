package dev.lectern.render.view;

import java.util.List;

/**
 * A question's metadata, each chip linking to its topic page. {@code difficulty} is the lowercase id ("easy") and
 * empty when the source gives none; {@code topics} are topics derived from the text, for guides that give no tags.
 */
public record MetaView(String difficulty, String difficultyLabel, String difficultyHref, List<TopicLinkView> tags,
                       List<TopicLinkView> companies, List<TopicLinkView> topics) {
    public MetaView {
        tags = List.copyOf(tags);
        companies = List.copyOf(companies);
        topics = List.copyOf(topics);
    }

    public boolean hasDifficulty() {
        return !difficulty.isEmpty();
    }

    public boolean hasAny() {
        return !difficulty.isEmpty() || !tags.isEmpty() || !companies.isEmpty() || !topics.isEmpty();
    }
}
