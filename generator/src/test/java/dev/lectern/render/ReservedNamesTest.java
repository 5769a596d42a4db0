package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Reserved;
import dev.lectern.publish.Artifact;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The names the theme and the site layout use are all in {@link Reserved}, so content can be kept off them. */
class ReservedNamesTest {
    private static final Path THEME = Paths.root().resolve("themes/default");
    /** Global names the theme's scripts (and the search client) define: a browser's element ids share their namespace. */
    private static final Pattern GLOBAL = Pattern.compile("(?:window|root|globalThis)\\.([A-Za-z_$][\\w$]*)\\s*=[^=]");
    private static final Pattern BY_ID = Pattern.compile("getElementById\\('([^']+)'\\)");

    @Test
    void everyIdTheThemesTemplatesWriteIsReserved() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(THEME.resolve("templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                for (Element e : Jsoup.parse(Files.readString(p)).select("[id]")) {
                    if (!e.id().contains("{")) ids.add(e.id()); // a computed id is content's (a section's slug)
                }
            }
        }
        assertTrue(ids.contains("lectern-main"), "the templates were read: " + ids);
        for (String id : ids) assertTrue(Reserved.THEME_IDS.contains(id), "the theme writes id=\"" + id + "\"; add it to Reserved.THEME_IDS");
    }

    @Test
    void everyGlobalNameAndIdTheThemesScriptsUseIsReserved() throws IOException {
        Set<String> names = new TreeSet<>();
        Path client = Paths.root().resolve("generator/src/main/java/dev/lectern/search/ClientFiles.java");
        try (Stream<Path> files = Stream.concat(Files.walk(THEME.resolve("assets")), Stream.of(client))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".js") || f.equals(client)).toList()) {
                String js = Files.readString(p);
                for (Pattern pattern : new Pattern[] {GLOBAL, BY_ID}) {
                    Matcher m = pattern.matcher(js);
                    while (m.find()) names.add(m.group(1));
                }
            }
        }
        assertTrue(names.containsAll(Set.of("LecternSearch", "LecternUI")), "the scripts were read: " + names);
        for (String name : names) assertTrue(Reserved.THEME_IDS.contains(name), "the theme's scripts use " + name + "; add it to Reserved.THEME_IDS");
    }

    @Test
    void everyTopLevelNameASiteWritesBesideItsGuidesIsReserved() {
        RenderedSite site = new RenderedSite(FixtureSite.site());
        Set<String> guides = new TreeSet<>(FixtureSite.site().guides().stream().map(Guide::slug).toList());
        for (Artifact a : site.artifacts) {
            String top = a.path().split("/")[0];
            String name = top.contains(".") ? top.substring(0, top.indexOf('.')) : top;
            if (!guides.contains(name)) assertTrue(Reserved.TOP_LEVEL.contains(name), a.path() + ": add " + name + " to Reserved.TOP_LEVEL");
        }
    }
}
