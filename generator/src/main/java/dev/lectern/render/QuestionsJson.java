package dev.lectern.render;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
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
                    record(w, g, q.slug(), "question", section, md.plain(q.title()), SitePaths.question(g, q), q.meta(), q.pos());
                }
                for (Reference r : s.references()) {
                    record(w, g, r.slug(), "reference", section, md.plain(r.title()), map.dirOf(g, r.slug()) + "#" + r.slug(), r.meta(), r.pos());
                }
            }
        }
        return Artifact.text(PATH, w.endArray().toString());
    }

    private static void record(JsonWriter w, Guide g, String slug, String kind, String section, String title, String url,
                               Meta meta, SourcePos pos) {
        w.beginObject()
                .field("id", g.slug() + "/" + slug)
                .field("kind", kind)
                .field("guide", g.slug())
                .field("section", section)
                .field("title", title)
                .field("url", url)
                .field("difficulty", meta.difficulty() == null ? null : meta.difficulty().id())
                .field("tags", meta.tags())
                .field("companies", meta.companies())
                .field("source", pos.toString())
                .endObject();
    }
}
