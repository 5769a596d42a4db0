package dev.lectern.build;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.UrlStyle;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.Relations;
import dev.lectern.model.Site;
import dev.lectern.normalize.Memo;
import dev.lectern.normalize.Normalizer;
import dev.lectern.publish.Artifact;
import dev.lectern.publish.InPlace;
import dev.lectern.publish.OutputFolder;
import dev.lectern.render.SiteRenderer;
import dev.lectern.source.ContentFile;
import dev.lectern.source.SourceStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The builds of a preview server ({@code lectern serve}), which keep what they learnt between edits and update the
 * served folder in place.
 *
 * <p>An edit is shown in two steps. {@link #show} first: the documents whose bytes changed are read again (the others
 * come from memory, {@link DocumentCache}), the site is normalized (reusing the last such run's work on unchanged
 * guides, {@link Memo}), and only the pages a browser has open (or, with none, the
 * first page of each edited guide) are rendered (with the related questions of the last build) and written. Then
 * {@link #build}, in the background: a whole build, which writes only the files whose bytes changed and deletes those
 * no longer made, so the folder ends exactly as {@code lectern build} makes it. A build that an edit overtook does not
 * touch the folder ({@link Superseded}); the next one does.
 */
public final class Preview {
    private final Path content;
    private final Path output;
    /** The URL style that replaces lectern.yml's ({@code serve --urls}), or null to keep the file's. */
    private final UrlStyle urls;
    private final DocumentCache documents = new DocumentCache();
    /** What the quick step's normalize reuses from the last one (the guides of unchanged documents, summaries). */
    private final Memo memo = new Memo();
    /** Serializes the writes into the served folder: a quick page write and a build's commit never interleave. */
    private final Object writes = new Object();
    /** Counts the edits; a build commits only when no edit came after it started. */
    private final AtomicLong edits = new AtomicLong();
    private volatile Relations relations;
    private volatile List<String> committed = List.of();
    private SiteRenderer renderer;
    private Object rendererKey;

    /** A build that an edit overtook: the next build will show both. */
    public static final class Superseded extends RuntimeException {
        Superseded() {
            super("an edit came during the build", null, false, false);
        }
    }

    public Preview(Path content, Path output) {
        this(content, output, null);
    }

    /** With a URL style in place of lectern.yml's ({@code null}: the file's). */
    public Preview(Path content, Path output, UrlStyle urls) {
        this.content = content.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.urls = urls;
    }

    /**
     * A whole build into the served folder, in place. Throws {@link Superseded} when an edit came ({@link #show}) after
     * it started.
     */
    public Pipeline.Result build() throws IOException {
        long edit = edits.get();
        Pipeline.Result result = new Pipeline(null, urls, documents, writer -> {
            synchronized (writes) {
                if (edits.get() != edit) throw new Superseded();
                committed = writer.commitInPlace();
            }
        }).build(content, output);
        relations = result.relations();
        return result;
    }

    /** The paths (under the site root) the last committed build changed, sorted. */
    public List<String> committed() {
        return committed;
    }

    /**
     * Shows an edit at once: renders the pages in {@code open} (site paths, {@code guide/index.html}), or when none
     * is open the first page of every edited document, and writes those whose bytes changed. Returns the pages written, or null when the
     * edit must wait for a whole build: a file outside the content folder changed (a theme's), or none is known
     * ({@code changed} null), or no build has succeeded yet. Builds running now will not commit.
     */
    public List<String> show(Collection<Path> changed, Set<String> open) throws IOException {
        edits.incrementAndGet();
        Relations known = relations;
        Path config = content.resolve(ConfigLoader.FILE_NAME);
        // a theme's file, or lectern.yml (which may name another theme, whose stylesheets are not written yet)
        if (changed == null || known == null || !changed.stream().map(p -> p.toAbsolutePath().normalize())
                .allMatch(p -> p.startsWith(content) && !p.equals(config))) {
            return null;
        }
        Diagnostics ignored = new Diagnostics(); // the build that follows reports them
        SiteConfig settings = ConfigLoader.load(content, ignored, Pipeline::decode);
        if (urls != null) settings = settings.withUrls(urls);
        SourceStage.Content found = SourceStage.scan(content, settings, ignored);
        Site site = Normalizer.normalize(documents.read(found.documents(), ignored), settings, ignored, content, memo);
        Set<String> edited = new HashSet<>();
        for (ContentFile f : found.documents()) {
            if (changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(f.path()))) edited.add(f.source());
        }
        // the pages a browser shows; with none open, the edited guides' first pages, for the browser that opens next
        Set<String> wanted = new HashSet<>(open);
        for (Guide g : site.guides()) {
            if (open.isEmpty() && edited.contains(g.source())) wanted.add(ContentPath.dir(g) + "index.html");
        }
        List<Artifact> pages = java.util.Collections.synchronizedList(new ArrayList<>());
        renderer(Pipeline.themeDir(content, settings, ignored), settings.urls())
                .renderPages(site, found.assets(), () -> known, ignored, wanted::contains, pages::add);
        List<String> written = new ArrayList<>();
        synchronized (writes) {
            if (!java.nio.file.Files.isDirectory(output) || !OutputFolder.replaceable(output)) return null;
            for (Artifact page : pages) {
                if (InPlace.write(output, page)) written.add(page.path());
            }
        }
        written.sort(null);
        return written;
    }

    /** The renderer of the quick step, made again only when the theme folder or the URL style changes. */
    private SiteRenderer renderer(Path theme, UrlStyle urls) {
        Object key = java.util.Arrays.asList(theme, urls);
        if (renderer == null || !Objects.equals(key, rendererKey)) {
            renderer = SiteRenderer.forPreview(theme, urls);
            rendererKey = key;
        }
        return renderer;
    }
}
