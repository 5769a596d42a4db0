package dev.lectern.build;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Relations;
import dev.lectern.model.Site;
import dev.lectern.normalize.Normalizer;
import dev.lectern.publish.Artifact;
import dev.lectern.publish.OutputWriter;
import dev.lectern.publish.Sitemap;
import dev.lectern.render.SiteRenderer;
import dev.lectern.search.Relatedness;
import dev.lectern.search.SearchIndexer;
import dev.lectern.source.ContentFile;
import dev.lectern.source.SourceStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the stages in order (read → normalize → relate, render and search side by side → publish), times each, and
 * collects their diagnostics. Relate (related questions, topics derived from the text) is Lucene analysis, so the
 * search package computes it; rendering gets it as plain model data.
 */
public final class Pipeline {
    private final SourceStage source = new SourceStage();
    private final SearchIndexer search = new SearchIndexer();
    private final Relatedness relatedness = new Relatedness();

    public Result build(Path contentDir, Path outputDir) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        long t = System.nanoTime();
        if (!Files.isDirectory(contentDir)) throw new IOException("content folder not found: " + contentDir);
        SiteConfig config = ConfigLoader.load(contentDir, diagnostics);
        List<ContentFile> files = SourceStage.discover(contentDir, config, diagnostics);
        List<Guide> guides = source.read(files, diagnostics);
        t = lap("read", t, timings);
        Site site = Normalizer.normalize(guides, config);
        t = lap("normalize", t, timings);
        // render, relate and search only read the site: related questions are computed and the index builds (each on
        // a thread of its own) while pages render; question pages wait for the relations, guide pages do not
        long start = t;
        CompletableFuture<Relations> relations = CompletableFuture.supplyAsync(() -> {
            Relations related = relatedness.relate(site);
            lap("relate", start, timings);
            return related;
        }, worker("lectern-relate"));
        CompletableFuture<List<Artifact>> index = CompletableFuture.supplyAsync(() -> {
            List<Artifact> indexFiles = search.index(site, diagnostics);
            lap("search", start, timings);
            return indexFiles;
        }, worker("lectern-search"));
        List<Artifact> artifacts = new ArrayList<>(new SiteRenderer(themeDir(contentDir, config, diagnostics))
                .render(site, relations::join, diagnostics));
        lap("render", start, timings);
        artifacts.addAll(index.join());
        Sitemap.of(artifacts, config.baseUrl()).ifPresent(artifacts::add);
        t = System.nanoTime();
        OutputWriter.write(artifacts, outputDir);
        lap("publish", t, timings);
        long pages = artifacts.stream().filter(a -> a.path().endsWith(".html")).count();
        return new Result(site, (int) pages, diagnostics, timings);
    }

    /** A theme other than "default" is a folder: absolute, or under {@code themes/} beside the content folder. */
    private static Path themeDir(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
        if (config.theme().equals("default")) return null;
        Path p = Path.of(config.theme());
        Path dir = p.isAbsolute() ? p : contentDir.toAbsolutePath().normalize().getParent().resolve("themes").resolve(p);
        if (Files.isDirectory(dir)) return dir;
        diagnostics.report(Diagnostic.error(SourcePos.of(DisplayPath.of(contentDir.resolve(ConfigLoader.FILE_NAME), contentDir), 0),
                "theme folder not found: " + DisplayPath.of(dir) + "; using the default theme",
                "create the folder, or set 'theme: default'"));
        return null;
    }

    /** A thread of its own (with a big stack, like every thread that parses): the common pool is busy rendering. */
    private static java.util.concurrent.Executor worker(String name) {
        return job -> {
            Thread thread = new Thread(null, job, name, 64L << 20);
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static long lap(String stage, long start, Map<String, Long> timings) {
        long now = System.nanoTime();
        timings.put(stage, (now - start) / 1_000_000);
        return now;
    }

    /** What a build produced: the site model, the number of HTML pages, diagnostics, and milliseconds per stage. */
    public record Result(Site site, int pages, Diagnostics diagnostics, Map<String, Long> timings) {
    }
}
