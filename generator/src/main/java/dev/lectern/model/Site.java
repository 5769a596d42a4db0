package dev.lectern.model;

import java.util.List;

/** The whole site: its guides in the configured order. */
public record Site(String title, String description, String baseUrl, List<Guide> guides) {
    public Site {
        guides = List.copyOf(guides);
    }

    public int questionCount() {
        return guides.stream().mapToInt(Guide::questionCount).sum();
    }
}
