package dev.lectern.model;

import java.util.List;

/** The whole site: its documents (guides and pages, see {@link Guide.Kind}) in the configured order. */
public record Site(String title, String description, String baseUrl, List<Guide> guides) {
    public Site {
        guides = List.copyOf(guides);
    }

    public int questionCount() {
        return guides.stream().mapToInt(Guide::questionCount).sum();
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
