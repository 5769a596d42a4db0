package dev.lectern.source;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import dev.lectern.diag.DisplayPath;
import dev.lectern.model.Asset;
import dev.lectern.model.Guide;
import dev.lectern.source.read.DialectReader;
import dev.lectern.source.read.Document;
import dev.lectern.source.scan.Line;
import dev.lectern.source.text.Decoded;
import dev.lectern.source.text.MojibakeRepair;
import dev.lectern.source.text.Repaired;
import dev.lectern.source.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@code source} stage: content files → guides, read in parallel, in the configured order. */
public final class SourceStage {
    /** Larger files are skipped with an error: a guide this size is a mistake, and would take seconds to parse. */
    public static final long MAX_FILE_BYTES = 5L << 20;

    private final Dialects dialects = new Dialects();

    public List<Guide> read(List<ContentFile> files, Diagnostics diagnostics) {
        return files.parallelStream().map(f -> readOne(f, diagnostics)).filter(Objects::nonNull).toList();
    }

    /** As {@link #discover(Path, Diagnostics)} (the config no longer orders the files). */
    public static List<ContentFile> discover(Path contentDir, dev.lectern.config.SiteConfig config, Diagnostics diagnostics) throws IOException {
        return ContentFile.discover(contentDir, diagnostics);
    }

    /** The source files of a content folder, sorted by path; the normalize stage orders them as the navigation does. */
    public static List<ContentFile> discover(Path contentDir, Diagnostics diagnostics) throws IOException {
        return ContentFile.discover(contentDir, diagnostics);
    }

    /** What a content folder holds: its documents (as {@link #discover} orders them) and its other files, by path. */
    public record Content(List<ContentFile> documents, List<Asset> assets) {
    }

    /** The documents and assets of a content folder, found in one walk. */
    public static Content scan(Path contentDir, dev.lectern.config.SiteConfig config, Diagnostics diagnostics) throws IOException {
        Path root = contentDir.toAbsolutePath().normalize();
        ContentWalk.Found found = ContentWalk.walk(root, diagnostics);
        List<Asset> assets = found.assets().stream()
                .map(p -> new Asset(DisplayPath.relative(p, root), DisplayPath.of(p, root), p)).toList();
        return new Content(ContentFile.discover(root, found.sources(), config, diagnostics), assets);
    }

    /** Reads one file; null (with a diagnostic saying why) when it cannot be read as a guide. */
    public Guide readOne(ContentFile f, Diagnostics diagnostics) {
        String file = f.displayPath();
        List<Diagnostic> diags = new ArrayList<>();
        try {
            long size = Files.size(f.path());
            if (size > MAX_FILE_BYTES) {
                diagnostics.report(Diagnostic.error(SourcePos.of(file, 1), String.format(java.util.Locale.ROOT,
                        "file is too large (%.1f MB; the limit is %d MB) and is skipped", size / 1048576.0, MAX_FILE_BYTES >> 20),
                        "split it into several guides"));
                return null;
            }
            Decoded decoded = TextDecoder.decode(Files.readAllBytes(f.path()), file);
            diags.addAll(decoded.diagnostics());
            if (decoded.text() == null) return null;
            if (decoded.text().isBlank()) {
                diags.add(Diagnostic.warning(SourcePos.of(file, 1), "file is empty and is skipped", "write the guide, or remove the file"));
                return null;
            }
            Repaired repaired = MojibakeRepair.repair(decoded.text(), file);
            diags.addAll(repaired.diagnostics());
            FrontMatter fm = FrontMatter.split(repaired.text(), file, diags);
            List<Line> lines = Snippets.include(Line.split(fm.body(), fm.bodyFirstLine()), f.path(), f.source(), file, diags);
            DialectReader reader = reader(fm, f, lines, diags);
            return reader.read(new Document(file, f.source(), f.slug(), fm, lines, diags, contentRoot(f)));
        } catch (IOException e) {
            diags.add(Diagnostic.warning(SourcePos.of(file, 0), "file cannot be read (" + e.getMessage() + "), and is skipped", "check its permissions"));
            return null;
        } finally {
            diagnostics.addAll(diags);
        }
    }

    /** The content folder a file was found in: its path without its source path inside the folder. */
    private static Path contentRoot(ContentFile f) {
        Path root = f.path().toAbsolutePath().normalize();
        // counted on the string: a name the platform's charset cannot map makes Path.of(source) throw
        for (int n = f.source().split("/").length; n > 0 && root != null; n--) root = root.getParent();
        return root;
    }

    private DialectReader reader(FrontMatter fm, ContentFile f, List<Line> lines, List<Diagnostic> diags) {
        String named = fm.string("dialect");
        if (!named.isEmpty()) {
            DialectReader r = dialects.byName(named);
            if (r != null) return r;
            diags.add(Diagnostic.warning(SourcePos.of(f.displayPath(), 2), "unknown dialect '" + named + "'; detecting it instead",
                    "use one of " + String.join(", ", dialects.names())));
        }
        return dialects.detect(f.path().getFileName().toString(), lines);
    }
}
