package dev.lectern.render.view;

import java.util.List;

/**
 * One page of a guide or of a documentation page ({@code guide} false: no questions, so no count, folding or
 * expand-all): title, description, a table of contents of the titled sections that start on it (and, on a
 * documentation page, the headings inside them), then its sections. A long guide continues over several pages ({@code page} of {@code pageCount}); {@code pages} links to
 * each ("1", "2", …; this one {@code current}); {@code prev}/{@code next} are its neighbours, null at the ends (check
 * {@code hasPrev}/{@code hasNext}). {@code footnotesHtml} lists the footnotes its sections cite (empty: none).
 */
public record GuideView(String titleHtml, String description, boolean guide, int questionCount, int page, int pageCount, List<LinkView> pages,
                        List<TocEntryView> toc, List<SectionView> sections, String footnotesHtml,
                        boolean hasPrev, LinkView prev, boolean hasNext, LinkView next) {
    public GuideView {
        pages = List.copyOf(pages);
        toc = List.copyOf(toc);
        sections = List.copyOf(sections);
    }
}
