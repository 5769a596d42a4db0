package dev.lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks a built site as a reader's browser would: every HTML page parsed, every local URL it holds ({@code href},
 * {@code src}, {@code srcset}, {@code poster}) followed to a file of the output, and every fragment to an element of
 * the target page with that id. What does not resolve is returned as "page: url (why)", so a test can assert the list
 * is exactly the breakage it expects. URLs with a scheme or {@code //host} are not the site's; {@code /x} is read
 * from the output's root (the 404 page links so).
 */
public final class SiteWalker {
    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private SiteWalker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every broken local reference of the site in {@code output}, sorted. */
    public static List<String> brokenReferences(Path output) {
        return new SiteWalker(output).walk();
    }

    /** Every local reference of the page {@code relative} (as written), for tests that look at one page. */
    public static List<String> references(Path output, String relative) {
        List<String> out = new ArrayList<>();
        for (Element e : parse(output.resolve(relative)).getAllElements()) {
            for (String url : urls(e)) out.add(url);
        }
        return out;
    }

    /**
     * Where {@code url} on the page {@code page} (relative to the output) leads: the file relative to the output, a
     * folder's {@code index.html}, then the fragment if any ("guide/index.html#installing"); null for a URL that is
     * not the site's or leaves it.
     */
    public static String target(Path output, String page, String url) {
        SiteWalker w = new SiteWalker(output);
        if (url.isEmpty() || url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) return null;
        int hash = url.indexOf('#');
        Path file = w.file(w.root.resolve(page), hash < 0 ? url : url.substring(0, hash));
        if (!file.startsWith(w.root)) return null;
        return w.root.relativize(file).toString().replace('\\', '/') + (hash < 0 ? "" : url.substring(hash));
    }

    private Path file(Path page, String path) {
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : path.startsWith("/") ? root.resolve(path.substring(1)) : page.getParent().resolve(path);
        target = target.normalize();
        return Files.isDirectory(target) ? target.resolve("index.html") : target;
    }

    private List<String> walk() {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Element e : parse(page).getAllElements()) {
                    for (String url : urls(e)) {
                        String why = check(page, url);
                        if (why != null) problems.add(root.relativize(page).toString().replace('\\', '/') + ": " + url + " (" + why + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.stream().sorted().toList();
    }

    private static List<String> urls(Element e) {
        List<String> out = new ArrayList<>();
        for (String key : new String[] {"href", "src", "poster"}) if (e.hasAttr(key)) out.add(e.attr(key));
        if (e.hasAttr("srcset")) {
            for (String candidate : e.attr("srcset").split(",")) out.add(candidate.strip().split("\\s+")[0]);
        }
        return out;
    }

    /** Why {@code url} on {@code page} leads nowhere; null when it resolves (or is not the site's). */
    private String check(Path page, String url) {
        if (url.isEmpty() || url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) return null;
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        Path target = file(page, hash < 0 ? url : url.substring(0, hash));
        if (!target.startsWith(root)) return "leaves the site";
        if (!Files.isRegularFile(target)) return "no file " + root.relativize(target);
        if (fragment.isEmpty() || !target.toString().endsWith(".html")) return null;
        String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (id.equalsIgnoreCase("top")) return null; // the top of the page, in every browser
        return idsOf(target).contains(id) ? null : "no id '" + id + "' on " + root.relativize(target);
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> parse(p).getAllElements().stream().map(Element::id).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
