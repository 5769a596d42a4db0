package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;

/**
 * {@code questions.json}: one record per question in site order, for tools and for the search UI to map hits
 * back to pages: {@code kind} "question" (its own page, "guide/slug/") or "reference" (a row or list item on the
 * guide page that holds it, "guide/#slug" or "guide/page-2/#slug"), each section's questions before its references. URLs are relative to the site root.
 */
final class QuestionsJson {
    static final String PATH = "questions.json";

    private QuestionsJson() {
    }

    static Artifact build(Site site, MarkdownEngine md, PageMap map) {
        JsonWriter w = new JsonWriter().beginArray();
        for (Guide g : site.guides()) {
            for (Section s : g.sections()) {
                String section = md.plain(s.title());
                for (Question q : s.questions()) {
                    w.beginObject()
                            .field("id", g.slug() + "/" + q.slug())
                            .field("kind", "question")
                            .field("guide", g.slug())
                            .field("section", section)
                            .field("title", md.plain(q.title()))
                            .field("url", SitePaths.question(g, q))
                            .field("difficulty", q.meta().difficulty() == null ? null : q.meta().difficulty().id())
                            .field("tags", q.meta().tags())
                            .field("companies", q.meta().companies())
                            .field("source", q.pos().toString())
                            .endObject();
                }
                for (Reference r : s.references()) {
                    w.beginObject()
                            .field("id", g.slug() + "/" + r.slug())
                            .field("kind", "reference")
                            .field("guide", g.slug())
                            .field("section", section)
                            .field("title", md.plain(r.title()))
                            .field("url", map.dirOf(g, r.slug()) + "#" + r.slug())
                            .field("difficulty", r.meta().difficulty() == null ? null : r.meta().difficulty().id())
                            .field("tags", r.meta().tags())
                            .field("companies", r.meta().companies())
                            .field("source", r.pos().toString())
                            .endObject();
                }
            }
        }
        return Artifact.text(PATH, w.endArray().toString());
    }
}
