package dev.lectern.source.read;

import dev.lectern.model.Guide;

/** Reads one dialect's document into a guide. Implementations are stateless and shared across threads. */
public interface DialectReader {
    /** The dialect's name as front matter ({@code dialect: mkdocs}) and the site's summary call it. */
    String name();

    Guide read(Document doc);
}
