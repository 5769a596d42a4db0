package dev.lectern.normalize;

import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Question;
import dev.lectern.model.Relations;
import dev.lectern.model.Reserved;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code normalize} stage: the read documents and the config → the site every later stage renders. Titles first
 * (they order the navigation), then slugs, links to headings, a guide's own table of contents (left out), tag and
 * company names as the whole site gives them ({@link MetaNames}), the navigation's order, and the meta descriptions.
 */
public final class Normalizer {
    /** Content folder names that say nothing about the site: a site in {@code acme/docs} is named "Acme". */
    private static final Set<String> GENERIC_FOLDERS = Set.of("docs", "doc", "content", "contents", "src", "site", "pages", "documentation");

    private Normalizer() {
    }

    public static Site normalize(List<Guide> guides, SiteConfig config) {
        return normalize(guides, config, new Diagnostics(), null);
    }

    /** {@code contentDir} names the site when neither lectern.yml nor a home page does (may be null). */
    public static Site normalize(List<Guide> guides, SiteConfig config, Diagnostics diagnostics, java.nio.file.Path contentDir) {
        return normalize(guides, config, diagnostics, contentDir, null);
    }

    /**
     * As {@link #normalize(List, SiteConfig, Diagnostics, java.nio.file.Path)}, reusing what {@code memo} (may be null)
     * kept of the last run: a guide that is the very object that run was given is not transformed again (its
     * diagnostics are then not reported again), nor is a summary worked out again for equal text.
     */
    public static Site normalize(List<Guide> guides, SiteConfig config, Diagnostics diagnostics, java.nio.file.Path contentDir, Memo memo) {
        Map<String, Set<String>> folders = folders(guides);
        // each guide on its own, in parallel (a parallel stream keeps the order of the list)
        List<Guide> ready = MetaNames.apply(guides.parallelStream().map(g -> {
            Set<String> taken = folders.getOrDefault(g.slug(), Set.of());
            return memo == null ? own(g, taken, diagnostics) : memo.get(List.of(new Memo.Same(g), taken), () -> own(g, taken, diagnostics));
        }).toList(), diagnostics, memo);
        NavOrder.Result nav = NavOrder.order(ready, config.nav(), config.file(), diagnostics);
        // the descriptions are independent of each other: the stage's one costly part, done in parallel, question by
        // question (one guide may hold most of the site's questions)
        Map<String, String> summaries = new java.util.concurrent.ConcurrentHashMap<>();
        nav.guides().parallelStream().forEach(g -> {
            String own = g.description().isBlank() ? "" : Summaries.trim(Summaries.firstParagraph(g.description()));
            summaries.put(ContentPath.dir(g), !own.isEmpty() ? own : Summaries.ofGuide(g));
        });
        nav.guides().stream().flatMap(g -> g.sections().stream().flatMap(s -> s.questions().stream().map(q -> Map.entry(g, q))))
                .toList().parallelStream().forEach(gq -> {
                    Question q = gq.getValue();
                    // keyed by the answer alone: a question whose lines moved has the same summary
                    String first = memo == null ? Summaries.ofQuestion(q) : memo.get(List.of("answer", q.answer()), () -> Summaries.ofQuestion(q));
                    if (!first.isEmpty()) summaries.put(Relations.id(gq.getKey(), q.slug()), first);
                });
        if (memo != null) memo.next();
        Site draft = new Site("", "", config.baseUrl(), nav.guides(), nav.nav(), summaries);
        Guide home = draft.home();
        String title = !config.title().isEmpty() ? config.title()
                : home != null ? InlineText.plain(home.title()) : folderTitle(contentDir);
        String description = !config.description().isEmpty() ? config.description() : home != null ? draft.description(home) : "";
        return new Site(title, description, config.baseUrl(), nav.guides(), nav.nav(), summaries);
    }

    /** The steps that need no other guide: a title, slugs, links to headings, its own table of contents left out. */
    private static Guide own(Guide g, Set<String> taken, Diagnostics diagnostics) {
        return OwnContents.fold(AnchorLinks.resolve(Slugger.assign(Titles.ensure(g), taken)), diagnostics);
    }

    /** Each page folder → the names of the folders other pages take inside it (the home page's: the top level's). */
    private static Map<String, Set<String>> folders(List<Guide> guides) {
        Map<String, Set<String>> out = new HashMap<>();
        out.put("", new HashSet<>(Reserved.TOP_LEVEL));
        for (Guide g : guides) {
            // child-to-parent, stopping at a pair already known (its ancestors are then known too): each folder once
            String dir = g.slug();
            while (!dir.isEmpty()) {
                int slash = dir.lastIndexOf('/');
                String parent = slash < 0 ? "" : dir.substring(0, slash);
                if (!out.computeIfAbsent(parent, k -> new HashSet<>()).add(dir.substring(slash + 1))) break;
                dir = parent;
            }
        }
        return out;
    }

    private static String folderTitle(java.nio.file.Path contentDir) {
        if (contentDir == null) return "Lectern";
        java.nio.file.Path dir = contentDir.toAbsolutePath().normalize();
        java.nio.file.Path name = dir.getFileName();
        if (name != null && GENERIC_FOLDERS.contains(name.toString().toLowerCase(java.util.Locale.ROOT)) && dir.getParent() != null
                && dir.getParent().getFileName() != null) {
            name = dir.getParent().getFileName();
        }
        return name == null ? "Lectern" : ContentPath.humanise(name.toString());
    }
}
