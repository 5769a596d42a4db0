package dev.lectern.search;

import dev.lectern.model.Guide;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Assembles the files under {@code search/} (the format is in package-info). */
final class ClientFiles {
    static final String DIR = "search/";
    static final int FORMAT = 1;
    static final int SUMMARY_SHARD_CHARS = 24_000;

    private ClientFiles() {
    }

    static List<Artifact> write(Site site, List<SearchDoc> docs, PostingsExport postings, List<String> words) {
        List<Artifact> out = new ArrayList<>();
        StringBuilder shards = new StringBuilder("[");
        for (PostingsExport.Shard s : postings.shards) {
            String payload = "{\"d\":" + Json.string(s.deltas()) + ",\"i\":" + Json.string(s.impacts()) + "}";
            String name = dataFile("p-", payload, out);
            shards.append(shards.length() > 1 ? "," : "").append("[").append(Json.string(name)).append(',').append(s.firstTerm()).append(']');
        }
        StringBuilder summaries = new StringBuilder("[");
        int first = 0;
        int chars = 0;
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            batch.add(docs.get(i).summary());
            chars += docs.get(i).summary().length();
            if (chars < SUMMARY_SHARD_CHARS && i < docs.size() - 1) continue;
            String name = dataFile("s-", Json.strings(batch), out);
            summaries.append(summaries.length() > 1 ? "," : "").append("[").append(Json.string(name)).append(',').append(first).append(']');
            batch.clear();
            first = i + 1;
            chars = 0;
        }
        StringBuilder guides = new StringBuilder("[");
        int doc = 0;
        for (int g = 0; g < site.guides().size(); g++) {
            Guide guide = site.guides().get(g);
            while (doc < docs.size() && docs.get(doc).guide() < g) doc++;
            guides.append(g > 0 ? "," : "").append('[').append(Json.string(guide.slug())).append(',')
                    .append(Json.string(PlainText.of(guide.title()))).append(',').append(doc).append(']');
        }
        String index = "{\"format\":" + FORMAT + ",\"docs\":" + docs.size()
                + ",\"impact\":{\"lo\":" + PostingsExport.number(postings.lo) + ",\"hi\":" + PostingsExport.number(postings.hi)
                + ",\"levels\":" + PostingsExport.IMPACT_LEVELS + "}"
                + ",\"guides\":" + guides + "]"
                + ",\"terms\":" + Json.string(FrontCoding.encode(postings.terms)) + ",\"df\":" + Json.string(postings.df.toString())
                + ",\"words\":" + Json.string(FrontCoding.encode(words))
                + ",\"shards\":" + shards + "],\"summaries\":" + summaries + "]"
                + ",\"table\":" + DocTable.json(docs) + "}";
        out.add(Artifact.text(DIR + "index.js", Json.script("index", index)));
        out.add(new Artifact(DIR + "core.js", coreJs()));
        out.sort(null);
        return out;
    }

    /** A content-named data file (so a browser never mixes a cached shard with a newer index); returns its name. */
    private static String dataFile(String prefix, String payload, List<Artifact> out) {
        String name = prefix + hash(payload);
        out.add(Artifact.text(DIR + name + ".js", Json.script(name, payload)));
        return name;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] coreJs() {
        try (InputStream in = ClientFiles.class.getResourceAsStream("core.js")) {
            if (in == null) throw new IllegalStateException("core.js is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
