package dev.lectern.build;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.UrlStyle;
import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.DisplayPath;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Guide;
import dev.lectern.model.Relations;
import dev.lectern.model.Site;
import dev.lectern.normalize.Normalizer;
import dev.lectern.publish.CacheRules;
import dev.lectern.publish.OutputFolder;
import dev.lectern.publish.OutputWriter;
import dev.lectern.publish.Sitemap;
import dev.lectern.render.SiteRenderer;
import dev.lectern.search.Relatedness;
import dev.lectern.search.SearchIndexer;
import dev.lectern.source.ContentFile;
import dev.lectern.source.SourceStage;
import dev.lectern.source.text.Decoded;
import dev.lectern.source.text.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the stages in order (read → normalize → render, and beside it relate then search on one thread → publish),
 * times each, and collects their diagnostics. Relate (related questions, topics derived from the text) is Lucene analysis, so the
 * search package computes it; rendering gets it as plain model data.
 */
public final class Pipeline {
    private final SourceStage source = new SourceStage();
    private final SearchIndexer search = new SearchIndexer();
    private final Relatedness relatedness = new Relatedness();
    /** The base URL that replaces lectern.yml's ({@code --base-url}), or null to keep the file's. */
    private final String baseUrl;
    /** The URL style that replaces lectern.yml's ({@code --urls}), or null to keep the file's. */
    private final UrlStyle urls;
    /** How documents are read: at once, or (a preview server's) keeping what an earlier build read. */
    private final Reader reader;
    /** How the written site replaces the output: swapped in whole, or (a preview server's) updated in place. */
    private final Commit commit;

    /** Reads the documents of the content folder into guides, reporting problems. */
    public interface Reader {
        List<Guide> read(List<ContentFile> documents, Diagnostics diagnostics);
    }

    /** Puts a written site in place of the output. */
    public interface Commit {
        void commit(OutputWriter writer) throws IOException;
    }

    public Pipeline() {
        this(null);
    }

    public Pipeline(String baseUrl) {
        this(baseUrl, null);
    }

    public Pipeline(String baseUrl, UrlStyle urls) {
        this(baseUrl, urls, null, OutputWriter::commit);
    }

    /** With a reader of documents ({@code null}: the source stage's) and a way to commit the written site. */
    public Pipeline(String baseUrl, UrlStyle urls, Reader reader, Commit commit) {
        this.baseUrl = baseUrl;
        this.urls = urls;
        this.reader = reader != null ? reader : source::read;
        this.commit = commit;
    }

    public Result build(Path contentDir, Path outputDir) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        long t = System.nanoTime();
        checkContent(contentDir);
        SiteConfig config = ConfigLoader.load(contentDir, diagnostics, Pipeline::decode);
        if (baseUrl != null) config = config.withBaseUrl(baseUrl, diagnostics);
        if (urls != null) config = config.withUrls(urls);
        Path theme = themeDir(contentDir, config, diagnostics);
        Path output = checkOutput(outputDir, contentDir, theme);
        try (OutputWriter writer = OutputWriter.open(output)) {
            SourceStage.Content content = SourceStage.scan(contentDir, config, diagnostics);
            List<Guide> guides = reader.read(content.documents(), diagnostics);
            t = lap("read", t, timings);
            Site site = Normalizer.normalize(guides, config, diagnostics, contentDir);
            t = lap("normalize", t, timings);
            // render, relate and search only read the site: related questions are computed, then the index is built,
            // on a thread of their own while pages render on the others; question pages wait for the relations, guide
            // pages do not. Relate and search run one after the other so that their working sets (a few hundred MB
            // for a site a hundred times content/) never add up; rendering keeps both cores busy meanwhile.
            // Every file goes to the writer as soon as it is made: no stage holds the whole site in memory.
            long start = t;
            SiteRenderer renderer;
            try {
                renderer = new SiteRenderer(theme, config.urls()); // reads the theme's files (an unreadable one fails the build)
            } catch (RuntimeException e) {
                throw unwrap(e);
            }
            List<List<String>> synonyms = config.synonyms();
            java.util.concurrent.Executor analysis = worker("lectern-analysis");
            CompletableFuture<Relations> relations = CompletableFuture.supplyAsync(() -> {
                Relations related = relatedness.relate(site);
                lap("relate", start, timings);
                return related;
            }, analysis);
            // after relate on its thread, whether relate succeeded or not (rendering reports a failed relate)
            CompletableFuture<Void> index = relations.handle((r, x) -> null).thenRunAsync(() -> {
                search.index(site, synonyms, diagnostics).forEach(writer::write);
                lap("search", start, timings);
            }, analysis);
            try {
                renderer.render(site, content.assets(), relations::join, diagnostics, writer::write);
                lap("render", start, timings);
            } catch (RuntimeException e) {
                throw unwrap(e);
            } finally {
                // when rendering failed, the index thread may still be writing: it ends before the fresh folder goes
                index.handle((v, x) -> v).join();
            }
            try {
                index.join();
            } catch (CompletionException e) {
                throw unwrap(e);
            }
            t = System.nanoTime();
            Sitemap.ofPaths(writer.paths(), config.baseUrl()).ifPresent(writer::write);
            writer.write(Sitemap.robots(config.baseUrl()));
            writer.write(CacheRules.of(writer.paths(), renderer.fingerprinted()));
            long pages = writer.paths().stream().filter(p -> p.endsWith(".html")).count();
            commit.commit(writer);
            lap("publish", t, timings);
            return new Result(site, (int) pages, diagnostics, timings, relations.join());
        }
    }

    /**
     * Checks the folders a build would use, as {@link #build} does before any work: the content folder exists, and the
     * output folder is one Lectern may replace ({@link OutputFolder}). Returns the output folder, absolute.
     */
    public static Path checkFolders(Path contentDir, Path outputDir) throws IOException {
        checkContent(contentDir);
        Diagnostics ignored = new Diagnostics();
        return checkOutput(outputDir, contentDir, themeDir(contentDir, ConfigLoader.load(contentDir, ignored, Pipeline::decode), ignored));
    }

    private static void checkContent(Path contentDir) throws Refused {
        if (Files.isRegularFile(contentDir)) {
            throw new Refused("content folder " + DisplayPath.of(contentDir) + " is a file; give the folder that holds the guides (--content DIR)");
        }
        if (!Files.isDirectory(contentDir)) {
            throw new Refused("content folder not found: " + DisplayPath.of(contentDir) + "; create it, or give another with --content DIR");
        }
    }

    private static Path checkOutput(Path outputDir, Path contentDir, Path theme) throws Refused {
        try {
            return OutputFolder.check(outputDir, contentDir, theme, Path.of("").toAbsolutePath(),
                    Optional.ofNullable(System.getProperty("user.home")).filter(h -> !h.isBlank()).map(Path::of).orElse(null));
        } catch (OutputFolder.Refused e) {
            throw new Refused(e.getMessage());
        }
    }

    /** A failed write is an IOException (a full disk, say), reported as such; other failures pass unchanged. */
    private static IOException unwrap(RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof UncheckedIOException io) return io.getCause();
        if (cause instanceof RuntimeException re) throw re;
        if (cause instanceof Error err) throw err;
        return new IOException(cause);
    }

    /** lectern.yml is decoded as the guides are (a BOM, UTF-16, Windows-1252 all read), its notes reported. */
    static String decode(byte[] bytes, String file, Diagnostics diagnostics) {
        Decoded decoded = TextDecoder.decode(bytes, file);
        diagnostics.addAll(decoded.diagnostics());
        return decoded.text() == null ? "" : decoded.text();
    }

    /** A theme other than "default" is a folder: absolute, or under {@code themes/} beside the content folder. */
    static Path themeDir(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
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

    /** What a build produced: the site model, the number of HTML pages, diagnostics, milliseconds per stage, the relations. */
    public record Result(Site site, int pages, Diagnostics diagnostics, Map<String, Long> timings, Relations relations) {
    }
}
