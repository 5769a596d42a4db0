package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.ConfigLoader;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Slugs;
import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.Paths;
import dev.lectern.testing.SearchFiles;
import dev.lectern.testing.TestJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files under search/ of the built content/ decode back to what Lucene holds, less only the documented pruning. */
class ExportRoundTripTest {
    private static BuiltSite site;
    private static List<SearchDoc> docs;
    private static LuceneIndex lucene;
    private static Map<String, Object> index;
    private static List<String> terms;
    private static TreeMap<String, ImpactWalker.TermPostings> walked;
    private static SearchFiles files;
    /** term ordinal → its pages' lowest and highest impact codes */
    private static final Map<Integer, List<int[]>> pages = new HashMap<>();
    /** term → doc → posting character (quantized impact, plus 32 for a title), decoded from the shards and pages */
    private static final Map<String, TreeMap<Integer, Integer>> exported = new HashMap<>();

    @BeforeAll
    static void decode() throws IOException {
        site = BuiltSite.content();
        docs = DocCollector.collect(site.result.site());
        List<List<String>> synonyms = ConfigLoader.load(Paths.root().resolve("content"), new Diagnostics()).synonyms();
        lucene = LuceneIndex.build(docs, SearchIndexer.also(docs, synonyms), new Analysis());
        files = new SearchFiles(site);
        index = files.index;
        walked = ImpactWalker.walk(lucene);
        terms = FrontCoding.decode((String) index.get("terms"));
        assertEquals(terms.size(), B64.decode((String) index.get("df")).length);
        files.postings(terms, pages).forEach((t, postings) -> exported.put(terms.get(t), postings));
    }

    @AfterAll
    static void close() throws IOException {
        lucene.close();
    }

    @Test
    void theDictionaryIsSortedAndHoldsEveryLuceneTermButPrunedIdentifiers() throws IOException {
        assertEquals(new ArrayList<>(new TreeSet<>(terms)), terms);
        TreeSet<String> lucenes = new TreeSet<>();
        for (String field : LuceneIndex.BOOSTS.keySet()) {
            Terms t = lucene.leaf().terms(field);
            if (t == null) continue;
            TermsEnum te = t.iterator();
            for (BytesRef b = te.next(); b != null; b = te.next()) lucenes.add(b.utf8ToString());
        }
        assertEquals(lucenes, walked.navigableKeySet());
        for (String term : lucenes) {
            assertEquals(!exported.containsKey(term), PostingsExport.prunable(term, walked.get(term)), term);
        }
        assertTrue(terms.contains("functools.lru_cache") && terms.contains("__slots__") && terms.contains(":="), "key terms exported");
    }

    @Test
    void everyPostingCarriesLucenesOwnBm25ScoreForItsTerm() throws IOException {
        IndexSearcher searcher = new IndexSearcher(lucene.reader);
        double lo = TestJson.number(TestJson.object(index.get("impact")).get("lo"));
        double hi = TestJson.number(TestJson.object(index.get("impact")).get("hi"));
        double halfStep = Math.pow(hi / lo, 0.5 / PostingsExport.IMPACT_LEVELS) * 1.0001;
        int checked = 0;
        for (String term : terms) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            LuceneIndex.BOOSTS.forEach((field, boost) ->
                    q.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
            Map<Integer, Float> scores = new HashMap<>();
            for (ScoreDoc sd : searcher.search(q.build(), docs.size()).scoreDocs) scores.put(sd.doc, sd.score);
            float max = scores.values().stream().max(Float::compare).orElseThrow();
            TreeMap<Integer, Integer> postings = exported.get(term);
            for (Map.Entry<Integer, Float> e : scores.entrySet()) {
                Integer q8 = postings.get(e.getKey()) == null ? null : postings.get(e.getKey()) & PostingsExport.IMPACT_LEVELS;
                if (q8 == null) {
                    ImpactWalker.TermPostings w = walked.get(term);
                    double weak = w.has(e.getKey(), ImpactWalker.TermPostings.CODE_ONLY) ? PostingsExport.WEAK_CODE_POSTING : PostingsExport.WEAK_POSTING;
                    assertTrue(scores.size() >= PostingsExport.COMMON_DF && e.getValue() < weak * max * 1.0001
                            && !w.has(e.getKey(), ImpactWalker.TermPostings.STRONG), term + " lost doc " + e.getKey());
                    continue;
                }
                double impact = lo * Math.pow(hi / lo, q8 / (double) PostingsExport.IMPACT_LEVELS);
                double ratio = Math.max(impact, e.getValue()) / Math.min(impact, e.getValue());
                assertTrue(ratio <= halfStep || e.getValue() < lo, term + " doc " + e.getKey() + ": " + impact + " vs " + e.getValue());
                checked++;
            }
            assertTrue(scores.keySet().containsAll(postings.keySet()), term + " has postings Lucene does not");
        }
        assertTrue(checked > 30_000, "checked " + checked);
    }

    @Test
    void theTrueDocumentFrequencyOfEveryPrunedTermIsShipped() {
        int[] pruned = B64.decode((String) index.get("fullDf"));
        Map<String, Integer> full = new HashMap<>();
        for (int p = 0, at = -1; p < pruned.length; p += 2) full.put(terms.get(at += pruned[p]), pruned[p + 1]);
        for (String term : terms) {
            int stored = exported.get(term).size();
            assertEquals(walked.get(term).size(), (int) full.getOrDefault(term, stored), term);
            assertEquals(full.containsKey(term), stored != walked.get(term).size(), term);
        }
    }

    @Test
    void aTermsPagesGoFromItsHighestImpactsToItsLowest() {
        int paged = 0;
        for (Map.Entry<Integer, List<int[]>> e : pages.entrySet()) {
            List<int[]> ranges = e.getValue();
            for (int k = 1; k < ranges.size(); k++) {
                assertTrue(ranges.get(k - 1)[0] >= ranges.get(k)[1], terms.get(e.getKey()) + " page " + k + " weighs more than the one before");
            }
            if (ranges.size() > 1) paged++;
        }
        assertTrue(paged > 0, "content/ has terms with more than one page");
    }

    @Test
    void aPostingIsMarkedWhenItsTermIsInTheDocumentsTitle() {
        int marked = 0;
        for (String term : terms) {
            for (Map.Entry<Integer, Integer> posting : exported.get(term).entrySet()) {
                boolean title = posting.getValue() >= PostingsExport.TITLE_FLAG;
                assertEquals(walked.get(term).has(posting.getKey(), ImpactWalker.TermPostings.TITLE), title, term + " in doc " + posting.getKey());
                if (title) marked++;
            }
        }
        assertTrue(marked > 1000, marked + " postings in titles");
    }

    @Test
    void theDocsTableGivesEveryDocumentItsTitleAndUrl() {
        List<Object> titles = files.column("title");
        List<Object> slugs = files.column("slug");
        List<Object> kinds = files.column("kind");
        List<Integer> pages = files.numbers("page");
        assertEquals(docs.size(), titles.size());
        assertEquals(docs.size(), pages.size());
        for (int i = 0; i < docs.size(); i++) {
            SearchDoc d = docs.get(i);
            assertEquals(d.title(), titles.get(i));
            char kind = ((String) kinds.get(i)).charAt(0);
            assertEquals(d.kind().letter, kind);
            String stored = (String) slugs.get(i);
            String guide = site.result.site().guides().get(d.guide()).slug() + "/";
            String page = guide + (pages.get(i) == 0 ? "" : "page-" + (pages.get(i) + 1) + "/");
            String url = switch (kind) {
                case 'g' -> guide;
                case 'q' -> guide + (stored.isEmpty() ? Slugs.slug(d.title(), 60) : stored) + "/";
                case 's' -> page + "#" + (stored.isEmpty() ? Slugs.slug(d.title(), 60) : stored);
                default -> page + "#" + stored; // headings' and references' anchors are always stored
            };
            assertEquals(d.url(), url);
        }
    }

    @Test
    void summariesComeBackInDocumentOrder() {
        List<String> all = files.summaries();
        assertEquals(docs.stream().map(SearchDoc::summary).toList(), all);
        assertFalse(all.stream().filter(s -> !s.isEmpty()).toList().isEmpty());
    }
}
