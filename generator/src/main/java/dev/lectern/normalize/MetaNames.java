package dev.lectern.normalize;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Section;
import dev.lectern.model.TopicNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Tags and companies as the whole site names them, so that topic pages, chips, search filters and
 * {@code questions.json} agree: each tag is written as its topic's commonest form across the site ({@link TopicNames}:
 * "Meta-programming" and "metaprogramming" become one), a question's tags that name one topic are one, and companies
 * values that name no company ({@link CompanyNames}) are dropped with a note at their question.
 */
final class MetaNames {
    private final TopicNames tags = new TopicNames();
    private final WordCase prose;
    private final Diagnostics diags;

    private MetaNames(List<Guide> guides, Diagnostics diags, Memo memo) {
        this.diags = diags;
        Set<String> companyWords = new HashSet<>();
        forEachMeta(guides, (m, pos) -> {
            m.tags().forEach(tags::add);
            m.companies().forEach(c -> companyWords.addAll(CompanyNames.words(c)));
            return m;
        });
        prose = WordCase.of(guides, companyWords, memo);
    }

    static List<Guide> apply(List<Guide> guides, Diagnostics diags) {
        return apply(guides, diags, null);
    }

    /** {@code memo} (may be null) keeps how each guide's prose writes the words asked about. */
    static List<Guide> apply(List<Guide> guides, Diagnostics diags, Memo memo) {
        MetaNames names = new MetaNames(guides, diags, memo);
        return forEachMeta(guides, names::named);
    }

    private Meta named(Meta m, SourcePos pos) {
        if (m.tags().isEmpty() && m.companies().isEmpty()) return m;
        Set<String> tagNames = new LinkedHashSet<>();
        m.tags().forEach(t -> tagNames.add(tags.name(t)));
        List<String> companies = new ArrayList<>();
        for (String c : m.companies()) {
            String why = CompanyNames.notAName(c, prose);
            if (why == null) companies.add(c);
            else diags.report(Diagnostic.note(pos, "'" + c + "' is not listed as a company: " + why));
        }
        return new Meta(m.difficulty(), List.copyOf(tagNames), companies);
    }

    /** The guides with every question's and reference's metadata passed through {@code f}. */
    private static List<Guide> forEachMeta(List<Guide> guides, BiFunction<Meta, SourcePos, Meta> f) {
        List<Guide> out = new ArrayList<>(guides.size());
        for (Guide g : guides) {
            List<Section> sections = new ArrayList<>(g.sections().size());
            for (Section s : g.sections()) {
                List<Question> qs = s.questions().stream()
                        .map(q -> new Question(q.slug(), q.title(), q.answer(), f.apply(q.meta(), q.pos()), q.pos())).toList();
                List<Reference> rs = s.references().stream()
                        .map(r -> new Reference(r.slug(), r.title(), f.apply(r.meta(), r.pos()), r.pos())).toList();
                sections.add(new Section(s.slug(), s.title(), s.intro(), qs, s.outro(), rs, s.pos()));
            }
            out.add(g.withSections(sections));
        }
        return out;
    }
}
