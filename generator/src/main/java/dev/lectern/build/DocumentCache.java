package dev.lectern.build;

import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Guide;
import dev.lectern.source.ContentFile;
import dev.lectern.source.SourceStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read stage with a memory: a document whose bytes have not changed since it was last read gives the same guide and
 * the same diagnostics again without being parsed. For a preview server, whose builds follow each other's edits; it
 * keeps each document's bytes to compare (as much memory as the content folder's documents take on disk).
 *
 * <p>Only a document's own bytes are compared, so a document that includes other files (MkDocs snippets) is read every
 * time: what it includes may have changed. Reading is a pure function of the bytes and the file's place, so a guide
 * from memory is the guide a fresh read gives.
 */
final class DocumentCache implements Pipeline.Reader {
    private static final byte[] SNIPPET_MARK = "--8<--".getBytes(StandardCharsets.US_ASCII);
    private final SourceStage source = new SourceStage();
    private final Map<ContentFile, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] bytes, Guide guide, Diagnostics diagnostics) {
    }

    @Override
    public List<Guide> read(List<ContentFile> documents, Diagnostics diagnostics) {
        entries.keySet().retainAll(new java.util.HashSet<>(documents));
        return documents.parallelStream().map(f -> readOne(f, diagnostics)).filter(Objects::nonNull).toList();
    }

    private Guide readOne(ContentFile f, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.size(f.path()) > SourceStage.MAX_FILE_BYTES ? null : Files.readAllBytes(f.path());
        } catch (IOException e) {
            bytes = null;
        }
        Entry known = bytes == null ? null : entries.get(f);
        if (known == null || !Arrays.equals(known.bytes(), bytes)) {
            // too big or unreadable (the source stage says so), including other files, or UTF-16 (where the mark is
            // not these bytes): read every time
            if (bytes == null || contains(bytes, SNIPPET_MARK) || contains(bytes, new byte[] {0})) {
                entries.remove(f);
                return source.readOne(f, diagnostics);
            }
            Diagnostics own = new Diagnostics();
            known = new Entry(bytes, source.readOne(f, own), own);
            entries.put(f, known);
        }
        diagnostics.addAll(known.diagnostics());
        return known.guide();
    }

    private static boolean contains(byte[] bytes, byte[] mark) {
        outer:
        for (int i = 0; i + mark.length <= bytes.length; i++) {
            if (bytes[i] != mark[0]) continue;
            for (int j = 1; j < mark.length; j++) {
                if (bytes[i + j] != mark[j]) continue outer;
            }
            return true;
        }
        return false;
    }

}
