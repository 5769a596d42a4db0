package dev.lectern.normalize;

import dev.lectern.config.SiteConfig;
import dev.lectern.model.Guide;
import dev.lectern.model.Site;
import java.util.List;

/** The {@code normalize} stage: the read guides and the config → the site every later stage renders. */
public final class Normalizer {
    private Normalizer() {
    }

    public static Site normalize(List<Guide> guides, SiteConfig config) {
        List<Guide> slugged = guides.stream().map(Slugger::assign).map(AnchorLinks::resolve).toList();
        String title = !config.title().isEmpty() ? config.title() : slugged.isEmpty() ? "Lectern" : slugged.get(0).title();
        String description = !config.description().isEmpty() ? config.description() : slugged.isEmpty() ? "" : slugged.get(0).description();
        return new Site(title, description, config.baseUrl(), slugged);
    }
}
