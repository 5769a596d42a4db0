package dev.lectern.render.view;

import java.util.List;

/** The home page: the guides in site order. */
public record IndexView(List<GuideCardView> guides, int questionCount) {
    public IndexView {
        guides = List.copyOf(guides);
    }
}
