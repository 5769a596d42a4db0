package dev.lectern.render.view;

import java.util.List;

/** The guide page: title, description, a table of contents of its titled sections, then every section in full. */
public record GuideView(String titleHtml, String description, int questionCount, List<TocEntryView> toc,
                        List<SectionView> sections) {
    public GuideView {
        toc = List.copyOf(toc);
        sections = List.copyOf(sections);
    }
}
