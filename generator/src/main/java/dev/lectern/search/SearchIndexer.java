package dev.lectern.search;

import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Site;
import dev.lectern.publish.Artifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The {@code search} stage: the site → an in-memory Lucene index → the static files under {@code search/} that the
 * browser (or Node) queries with {@code search/core.js}. Build one and reuse it: it holds the analyzers.
 */
public final class SearchIndexer {
    private final Analysis analysis = new Analysis();

    public SearchIndexer() {
    }

    /**
     * The search files for the site, sorted by path. Nothing is reported yet: every site indexes.
     *
     * @param synonyms the author's groups of words that mean the same (lectern.yml's {@code synonyms})
     */
    public List<Artifact> index(Site site, List<List<String>> synonyms, Diagnostics diagnostics) {
        List<SearchDoc> docs = DocCollector.collect(site);
        Map<String, Integer> counts = new HashMap<>();
        PostingsExport postings;
        // each stage lets go of what it read as soon as the next has it: a document's text once the index holds its
        // words (not once it holds every document's: a site a hundred times content/ has ~100 MB of it), the index once
        // its postings are walked
        try (LuceneIndex lucene = LuceneIndex.build(docs, also(docs, synonyms), analysis, counts, i -> docs.set(i, docs.get(i).indexed()))) {
            postings = PostingsExport.of(lucene);
        } catch (IOException e) {
            // an in-memory directory does no I/O; this is a bug, not a content problem
            throw new UncheckedIOException(e);
        }
        List<String> words = Vocabulary.stemmedWords(counts, analysis, new HashSet<>(postings.terms));
        return ClientFiles.write(site, docs, postings, words);
    }

    /** Per document, the words its title and its body mean without writing them ({@link Synonyms}), "" for none. */
    static List<LuceneIndex.Also> also(List<SearchDoc> docs, List<List<String>> synonyms) {
        Synonyms meant = Synonyms.of(docs, synonyms);
        if (meant.isEmpty()) return docs.stream().map(d -> LuceneIndex.Also.NONE).toList();
        return docs.stream().map(d -> new LuceneIndex.Also(meant.also(d.title()), meant.also(d.body()))).toList();
    }
}
