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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the files under {@code search/} (the format is in package-info). Every data file is named by its kind, the
 * build's data hash and its number ({@code p-3fa9c2e1b0-12}): numbers cost the index nothing to list, and the hash of
 * all the data keeps a browser from mixing a cached file with a newer index.
 */
final class ClientFiles {
    static final String DIR = "search/";
    static final int FORMAT = 2;
    static final int SUMMARY_DOCS = 8;

    private ClientFiles() {
    }

    static List<Artifact> write(Site site, List<SearchDoc> docs, PostingsExport postings, List<String> words) {
        Map<String, Integer> tagIds = DocTable.ids(docs, true);
        Map<String, Integer> companyIds = DocTable.ids(docs, false);
        // kind → payloads, numbered from 0
        Map<String, List<String>> data = new LinkedHashMap<>();
        StringBuilder shardStarts = new StringBuilder();
        int previous = 0;
        for (PostingsExport.Shard s : postings.shards) {
            add(data, "p", "{\"d\":" + Json.string(s.deltas()) + ",\"i\":" + Json.string(s.impacts()) + "}");
            B64.varint(shardStarts, s.firstTerm() - previous);
            previous = s.firstTerm();
        }
        for (PostingsExport.Page page : postings.later) {
            add(data, "q", "{\"d\":" + Json.string(page.deltas()) + ",\"i\":" + Json.string(page.impacts()) + "}");
        }
        for (int from = 0; from < docs.size(); from += DocTable.DOCS_PER_FILE) {
            add(data, "t", DocTable.json(docs, from, Math.min(docs.size(), from + DocTable.DOCS_PER_FILE), tagIds, companyIds));
        }
        for (int from = 0; from < docs.size(); from += SUMMARY_DOCS) {
            add(data, "s", Json.strings(docs.subList(from, Math.min(docs.size(), from + SUMMARY_DOCS)).stream().map(SearchDoc::summary).toList()));
        }
        add(data, "f", "{" + DocTable.facets(docs, 0, docs.size(), tagIds, companyIds) + "}");
        StringBuilder guides = new StringBuilder("[");
        int doc = 0;
        for (int g = 0; g < site.guides().size(); g++) {
            Guide guide = site.guides().get(g);
            while (doc < docs.size() && docs.get(doc).guide() < g) doc++;
            guides.append(g > 0 ? "," : "").append('[').append(Json.string(guide.slug())).append(',')
                    .append(Json.string(PlainText.of(guide.title()))).append(',').append(doc).append(']');
        }
        String index = ",\"docs\":" + docs.size()
                + ",\"impact\":{\"lo\":" + PostingsExport.number(postings.lo) + ",\"hi\":" + PostingsExport.number(postings.hi)
                + ",\"levels\":" + PostingsExport.IMPACT_LEVELS + "}"
                + ",\"pages\":{\"first\":" + PostingsExport.FIRST_PAGE + ",\"growth\":" + PostingsExport.PAGE_GROWTH + "}"
                + ",\"tableDocs\":" + DocTable.DOCS_PER_FILE + ",\"summaryDocs\":" + SUMMARY_DOCS
                + ",\"guides\":" + guides + "]"
                + ",\"terms\":" + Json.string(FrontCoding.encode(postings.terms)) + ",\"df\":" + Json.string(postings.df.toString())
                + ",\"fullDf\":" + Json.string(postings.fullDf.toString())
                + ",\"words\":" + Json.string(FrontCoding.encode(words))
                + ",\"shards\":" + Json.string(shardStarts.toString())
                + ",\"tagNames\":" + Json.strings(List.copyOf(tagIds.keySet()))
                + ",\"companyNames\":" + Json.strings(List.copyOf(companyIds.keySet())) + "}";
        String hash = hash(data, index);
        List<Artifact> out = new ArrayList<>();
        data.forEach((kind, payloads) -> {
            for (int n = 0; n < payloads.size(); n++) {
                String name = kind.equals("f") ? "f-" + hash : kind + "-" + hash + "-" + n;
                out.add(Artifact.text(DIR + name + ".js", Json.script(name, payloads.get(n))));
                payloads.set(n, null); // its bytes are in the artifact: the text need not stay beside them
            }
        });
        out.add(Artifact.text(DIR + "index.js", Json.script("index", "{\"format\":" + FORMAT + ",\"data\":" + Json.string(hash) + index)));
        out.add(new Artifact(DIR + "core.js", coreJs()));
        out.sort(null);
        return out;
    }

    private static void add(Map<String, List<String>> data, String kind, String payload) {
        data.computeIfAbsent(kind, k -> new ArrayList<>()).add(payload);
    }

    /** Ten hex digits of the SHA-256 of every payload, in order. */
    static String hash(Map<String, List<String>> data, String index) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            data.forEach((kind, payloads) -> payloads.forEach(p -> digest.update((kind + p + "\n").getBytes(StandardCharsets.UTF_8))));
            digest.update(index.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client's sources, in the order they are joined into {@code search/core.js}. */
    static final List<String> CLIENT_SOURCES = List.of("stemmer.js", "analysis.js", "loader.js", "query.js", "core.js", "rank.js", "results.js", "marks.js");

    private static final String CLIENT_HEAD = """
            /* Lectern search client (generated by the build from generator/src/main/resources/dev/lectern/search/client/).
             * DOM-free except for loading files in a browser. Classic script: window.LecternSearch; Node: require().
             *   const index = await LecternSearch.openIndex(siteRoot);        // a folder in Node, a URL in a browser
             *   const results = await index.search('decorator', { limit: 10, guide, difficulty, tag, company });
             *   index.nearestTerms('decoratr');                             // suggestions when nothing is found
 *   LecternSearch.marker(results[0].terms)('Decorators wrap…');  // [[0, 10]]: where to mark the matched words
             */
            (function (root, factory) {
              var api = factory();
              if (typeof module === 'object' && module.exports) module.exports = api;
              else root.LecternSearch = api;
            })(typeof globalThis !== 'undefined' ? globalThis : this, function () {
            'use strict';
            """;

    private static final String CLIENT_TAIL = """
            return { openIndex: openIndex, analyze: analyze, analyzeToken: analyzeToken, tokenize: tokenize, stem: porterStem,
              slugify: slugify, editDistance: editDistance, marker: marker, excerpt: excerpt };
            });
            """;

    static byte[] coreJs() {
        StringBuilder js = new StringBuilder(CLIENT_HEAD);
        for (String name : CLIENT_SOURCES) {
            try (InputStream in = ClientFiles.class.getResourceAsStream("client/" + name)) {
                if (in == null) throw new IllegalStateException("client/" + name + " is missing from the jar");
                js.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return js.append(CLIENT_TAIL).toString().getBytes(StandardCharsets.UTF_8);
    }
}
