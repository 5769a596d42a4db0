package dev.lectern.render.view;

/** A link to a topic page: a metadata chip, or an entry of the topics index with its number of questions. */
public record TopicLinkView(String label, String href, int count) {
    /** The label: a theme's {@code {{ tag }}} written when chips were plain strings still prints the tag. */
    @Override
    public String toString() {
        return label;
    }
}
