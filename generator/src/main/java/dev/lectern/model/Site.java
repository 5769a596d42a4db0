package dev.lectern.model;

import java.util.List;
import java.util.Map;

/**
 * The whole site: its documents in reading order (the navigation's, depth first), the navigation tree over them
 * ({@code nav}, whose root is the content folder: its landing page is the home page), and each page's meta
 * description as plain text ({@code summaries}: a document's by its folder, {@link ContentPath#dir}: its own
 * description, else its first paragraph; a question's by {@link Relations#id}: its answer's first sentence).
 */
public record Site(String title, String description, String baseUrl, List<Guide> guides, NavNode nav, Map<String, String> summaries) {
    public Site {
        guides = List.copyOf(guides);
        summaries = Map.copyOf(summaries);
    }

    /** A site whose guides are a flat list under the home page (tests and generated sites). */
    public Site(String title, String description, String baseUrl, List<Guide> guides) {
        this(title, description, baseUrl, guides, NavNode.flat(guides.size()), Map.of());
    }

    public int questionCount() {
        return guides.stream().mapToInt(Guide::questionCount).sum();
    }

    /** The document shown as the home page (the content root's index.md or README.md, or a one-document site's), or null. */
    public Guide home() {
        return nav.kind() == NavNode.Kind.FOLDER && nav.guide() >= 0 ? guides.get(nav.guide()) : null;
    }

    /** A document's meta description, plain text: its own, else its first paragraph. */
    public String description(Guide g) {
        String s = summaries.get(ContentPath.dir(g));
        return s != null ? s : g.description();
    }

    /** A question page's meta description: the first sentence of its answer, else its guide's. */
    public String description(Guide g, Question q) {
        String s = summaries.get(Relations.id(g, q.slug()));
        return s != null ? s : description(g);
    }

    /** What the site holds, in words: "702 questions in 5 guides", "12 pages", "3 questions in 1 guide, and 2 pages"; "" for nothing. */
    public String summary() {
        long guideCount = guides.stream().filter(Guide::isGuide).count();
        long pages = guides.size() - guideCount;
        String questions = guideCount == 0 ? "" : count(questionCount(), "question") + " in " + count(guideCount, "guide");
        String docs = pages == 0 ? "" : count(pages, "page");
        return questions.isEmpty() || docs.isEmpty() ? questions + docs : questions + ", and " + docs;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
