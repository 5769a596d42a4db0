package dev.lectern.render.view;

import java.util.List;

/**
 * One page of a guide: title, description, a table of contents of the titled sections that start on it, then its
 * sections. A long guide continues over several pages ({@code page} of {@code pageCount}); {@code prev}/{@code next}
 * are its neighbours, null at the ends (check {@code hasPrev}/{@code hasNext}).
 */
public record GuideView(String titleHtml, String description, int questionCount, int page, int pageCount,
                        List<TocEntryView> toc, List<SectionView> sections,
                        boolean hasPrev, LinkView prev, boolean hasNext, LinkView next) {
    public GuideView {
        toc = List.copyOf(toc);
        sections = List.copyOf(sections);
    }
}
