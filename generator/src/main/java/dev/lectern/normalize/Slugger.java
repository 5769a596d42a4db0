package dev.lectern.normalize;

import dev.lectern.model.AuthoredIds;
import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Reserved;
import dev.lectern.model.Section;
import dev.lectern.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives sections, questions and references slugs that are unique within their guide and stable: derived from the title, so
 * reordering or inserting questions never changes another question's URL. Clashes get -2, -3 in source order, and
 * no slug takes a guide page's folder name ({@code page-2}) or an id of the theme's ({@link Reserved#THEME_IDS}).
 */
public final class Slugger {
    private Slugger() {
    }

    public static Guide assign(Guide guide) {
        return assign(guide, Set.of());
    }

    /**
     * As {@link #assign(Guide)}; {@code folders} are the names other pages take in the guide's folder ({@code docs/} holds
     * {@code docs/setup/}), which a question's page must not take ({@code docs/setup/} again).
     */
    public static Guide assign(Guide guide, Set<String> folders) {
        // slugs are the guide page's anchors too, so none takes an id of the theme's
        Set<String> taken = new HashSet<>(Set.of("assets", "search", "index"));
        taken.addAll(folders);
        taken.addAll(Reserved.THEME_IDS);
        Set<String> sectionSlugs = new HashSet<>(Reserved.THEME_IDS);
        List<String> sectionSlugList = new ArrayList<>();
        for (Section s : guide.sections()) {
            sectionSlugList.add(s.title().isEmpty() ? "" : unique(base(s.title()), "section", sectionSlugs));
        }
        // references are anchors on the guide page: they avoid section slugs too
        Set<String> anchors = new HashSet<>(sectionSlugs);
        List<Section> sections = new ArrayList<>();
        for (int si = 0; si < guide.sections().size(); si++) {
            Section s = guide.sections().get(si);
            List<Question> questions = new ArrayList<>();
            for (Question q : s.questions()) {
                String slug = unique(base(q.title()), "question", taken);
                anchors.add(slug);
                questions.add(q.withSlug(slug));
            }
            List<Reference> references = new ArrayList<>();
            for (Reference r : s.references()) {
                String slug = unique(Slugs.slug(InlineText.plain(r.title()), 60), "question", anchors);
                taken.add(slug);
                references.add(r.withSlug(slug));
            }
            sections.add(s.withSlugs(sectionSlugList.get(si), questions, references));
        }
        return guide.withSections(sections);
    }

    /** The author's own id ({@code ## Title {#id}}), else the title's words; icon shortcodes are no words. */
    private static String base(String title) {
        String authored = AuthoredIds.of(title);
        if (authored != null) return authored;
        return Slugs.slug(InlineText.plain(InlineText.withoutIcons(AuthoredIds.strip(title))), 60);
    }

    private static String unique(String base, String fallback, Set<String> taken) {
        String b = base.isEmpty() ? fallback : base;
        String s = b;
        for (int n = 2; GuidePages.isPageDir(s) || !taken.add(s); n++) s = b + "-" + n; // page-2/ is a guide page's folder
        return s;
    }
}
