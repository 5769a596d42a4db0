package dev.lectern.check;

import dev.lectern.model.ContentPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks the site in a folder ({@link dev.lectern.check}): each HTML page is parsed once (pages in parallel), then
 * each URL it holds is resolved as a browser would against the page's address, and the file, and the id for a
 * {@code #fragment}, looked up. Root-relative URLs ({@code /docs/x}, the 404 page's) are read under the site's base
 * path ("/" when it has none). The result does not depend on the order pages are read in.
 */
public final class SiteCheck {
    /** What the check found: its problems in page order, the external URLs it saw, how many pages it read. */
    public record Report(List<Problem> problems, Set<String> external, int pages) {
    }

    private final Set<String> files = new TreeSet<>();
    private final Map<String, PageFacts> pages = new ConcurrentHashMap<>();
    private final String basePath;

    private SiteCheck(String basePath) {
        this.basePath = basePath;
    }

    /**
     * @param basePath the path the site is served under, from its base URL ("/docs/"); "/" when it is served at a
     *                 host's root or has no base URL
     */
    public static Report run(Path site, String basePath) throws IOException {
        SiteCheck check = new SiteCheck(basePath.endsWith("/") ? basePath : basePath + "/");
        check.read(site);
        return check.report();
    }

    private void read(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(site.relativize(p).toString().replace('\\', '/')));
        }
        files.stream().filter(f -> f.endsWith(".html")).toList().parallelStream().forEach(f -> {
            try {
                pages.put(f, PageFacts.of(Files.readString(site.resolve(f), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Report report() {
        List<Problem> problems = new ArrayList<>();
        Set<String> external = new TreeSet<>();
        for (String page : new TreeSet<>(pages.keySet())) {
            PageFacts facts = pages.get(page);
            for (String id : facts.duplicateIds()) {
                problems.add(new Problem(page, "the id '" + id + "' is given to more than one element",
                        "a #" + id + " link can reach only the first; give each heading or anchor its own id", ""));
            }
            for (String href : facts.emptyLinks()) {
                problems.add(new Problem(page, "a link to '" + href + "' has no text, so a reader cannot tell where it leads",
                        "give it words, or an image with alt text", href));
            }
            for (PageFacts.Ref ref : facts.refs()) {
                String problem = check(page, ref.url(), external);
                if (problem != null) problems.add(new Problem(page, ref.element() + " '" + ref.url() + "' " + problem, "", ref.url()));
            }
        }
        problems.sort(null);
        return new Report(problems, external, pages.size());
    }

    /** Null when {@code url}, found on {@code page}, resolves; else what is wrong with it. */
    private String check(String page, String url, Set<String> external) {
        if (url.isEmpty()) return "is empty: it leads back to the page itself";
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a valid URL (" + e.getReason() + ")";
        }
        if (uri.getScheme() != null || url.startsWith("//")) {
            if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) external.add(url);
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath) && !(path + "/").equals(basePath)) return "is outside the site's base path " + basePath;
            target = resolve("", path.length() <= basePath.length() ? "" : path.substring(basePath.length()));
        } else {
            target = resolve(page.substring(0, page.lastIndexOf('/') + 1), path);
        }
        if (target == null) return "leads above the site's root";
        if (!files.contains(target)) {
            String index = (target.isEmpty() || target.endsWith("/") ? target : target + "/") + "index.html";
            if (!files.contains(index)) return "leads to " + (target.isEmpty() ? "the site's root" : target) + ", which the site does not have";
            target = index;
        }
        String fragment = uri.getFragment();
        if (fragment == null || fragment.isEmpty() || fragment.equals("top")) return null;
        PageFacts there = pages.get(target);
        if (there == null || there.ids().contains(fragment)) return null;
        return "leads to #" + fragment + ", which " + (target.equals(page) ? "this page" : target) + " does not have";
    }

    /** {@code relative} read in folder {@code dir} (both under the root); null when it climbs above the root. */
    private static String resolve(String dir, String relative) {
        return ContentPath.normalise(dir + relative);
    }
}
