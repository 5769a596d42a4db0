package dev.lectern.render;

import dev.lectern.render.view.GuideView;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.QuestionPageView;
import dev.lectern.render.view.QuestionView;
import dev.lectern.render.view.SectionView;
import java.net.URI;
import java.util.List;

/**
 * A page's schema.org JSON-LD, for search engines: a question's page is a {@code QAPage} whose question has one
 * accepted answer (its text in full); a guide's page is a {@code FAQPage} of the questions on it, each by its name and
 * the address of its own page, where its answer is (quoting the answers again here would double a long guide page's
 * weight); every page with an address ({@code base_url}) has a {@code BreadcrumbList} of its trail. Titles and
 * answers go in as the plain text a reader sees. The JSON is safe inside a {@code <script>}: no "<" is written as is.
 */
final class StructuredData {
    private StructuredData() {
    }

    /** "" when there is nothing to say (a page with no address and no questions). */
    static String of(String canonical, String pageName, List<LinkView> crumbs, Object page) {
        JsonWriter w = new JsonWriter().beginObject().field("@context", "https://schema.org").name("@graph").beginArray();
        int parts = 0;
        if (page instanceof QuestionPageView q) {
            w.beginObject().field("@type", "QAPage").name("mainEntity").beginObject()
                    .field("@type", "Question").field("name", ReaderText.of(q.titleHtml())).field("text", ReaderText.of(q.titleHtml())).field("answerCount", 1)
                    .name("acceptedAnswer").beginObject().field("@type", "Answer").field("text", q.answerText());
            if (!canonical.isEmpty()) w.field("url", canonical);
            w.endObject().endObject().endObject();
            parts++;
        } else if (page instanceof GuideView g && g.guide()) {
            w.beginObject().field("@type", "FAQPage").name("mainEntity").beginArray();
            for (SectionView s : g.sections()) {
                for (QuestionView q : s.questions()) {
                    w.beginObject().field("@type", "Question").field("name", ReaderText.of(q.titleHtml()));
                    if (!canonical.isEmpty()) w.field("url", absolute(canonical, q.href()));
                    w.endObject();
                }
            }
            w.endArray().endObject();
            parts++;
        }
        if (!canonical.isEmpty()) {
            w.beginObject().field("@type", "BreadcrumbList").name("itemListElement").beginArray();
            int position = 0;
            for (LinkView c : crumbs) item(w, ++position, ReaderText.of(c.html()), absolute(canonical, c.href()));
            item(w, ++position, pageName, canonical);
            w.endArray().endObject();
            parts++;
        }
        if (parts == 0) return "";
        return w.endArray().endObject().toString().strip().replace("<", "\\u003c");
    }

    private static void item(JsonWriter w, int position, String name, String url) {
        w.beginObject().field("@type", "ListItem").field("position", position).field("name", name).field("item", url).endObject();
    }

    /** A relative link of the page at {@code canonical}, as an absolute URL ("index.html" as its folder). */
    private static String absolute(String canonical, String href) {
        String url = URI.create(canonical).resolve(href).toString();
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        if (path.endsWith("/index.html")) path = path.substring(0, path.length() - "index.html".length());
        return hash < 0 ? path : path + url.substring(hash);
    }
}
