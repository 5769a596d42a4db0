package dev.lectern.normalize;

import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives sections and questions slugs that are unique within their guide and stable: derived from the title, so
 * reordering or inserting questions never changes another question's URL. Clashes get -2, -3 in source order.
 */
public final class Slugger {
    private Slugger() {
    }

    public static Guide assign(Guide guide) {
        Set<String> taken = new HashSet<>(Set.of("assets", "search", "index"));
        Set<String> sectionSlugs = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Section s : guide.sections()) {
            List<Question> questions = new ArrayList<>();
            for (Question q : s.questions()) {
                questions.add(q.withSlug(unique(Slugs.slug(InlineText.plain(q.title()), 60), "question", taken)));
            }
            String sectionSlug = s.title().isEmpty() ? "" : unique(Slugs.slug(InlineText.plain(s.title()), 60), "section", sectionSlugs);
            sections.add(s.withSlugs(sectionSlug, questions));
        }
        return guide.withSections(sections);
    }

    private static String unique(String base, String fallback, Set<String> taken) {
        String b = base.isEmpty() ? fallback : base;
        String s = b;
        for (int n = 2; !taken.add(s); n++) s = b + "-" + n;
        return s;
    }
}
