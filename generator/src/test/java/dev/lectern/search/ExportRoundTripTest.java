package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.ConfigLoader;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Slugs;
import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.Paths;
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
    /** term → doc → quantized impact, decoded from the shards */
    private static final Map<String, TreeMap<Integer, Integer>> exported = new HashMap<>();

    @BeforeAll
    static void decode() throws IOException {
        site = BuiltSite.content();
        docs = DocCollector.collect(site.result.site());
        List<List<String>> synonyms = ConfigLoader.load(Paths.root().resolve("content"), new Diagnostics()).synonyms();
        lucene = LuceneIndex.build(docs, SearchIndexer.also(docs, synonyms), new Analysis());
        index = TestJson.object(TestJson.dataFile(site.read("search/index.js")));
        walked = ImpactWalker.walk(lucene);
        terms = FrontCoding.decode((String) index.get("terms"));
        int[] df = B64.decode((String) index.get("df"));
        assertEquals(terms.size(), df.length);
        List<Object> shards = TestJson.array(index.get("shards"));
        for (int s = 0; s < shards.size(); s++) {
            List<Object> entry = TestJson.array(shards.get(s));
            int first = TestJson.integer(entry.get(1));
            int end = s + 1 < shards.size() ? TestJson.integer(TestJson.array(shards.get(s + 1)).get(1)) : terms.size();
            Map<String, Object> data = TestJson.object(TestJson.dataFile(site.read("search/" + entry.get(0) + ".js")));
            int[] deltas = B64.decode((String) data.get("d"));
            String impacts = (String) data.get("i");
            int at = 0;
            for (int t = first; t < end; t++) {
                TreeMap<Integer, Integer> postings = new TreeMap<>();
                int doc = -1;
                for (int p = 0; p < df[t]; p++, at++) {
                    doc += deltas[at];
                    postings.put(doc, B64.ALPHABET.indexOf(impacts.charAt(at)));
                }
                exported.put(terms.get(t), postings);
            }
            assertEquals(deltas.length, at, "shard " + s + " has postings no term claims");
        }
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
                Integer q8 = postings.get(e.getKey());
                if (q8 == null) {
                    ImpactWalker.TermPostings w = walked.get(term);
                    double weak = w.codeOnly.contains(e.getKey()) ? PostingsExport.WEAK_CODE_POSTING : PostingsExport.WEAK_POSTING;
                    assertTrue(scores.size() >= PostingsExport.COMMON_DF && e.getValue() < weak * max * 1.0001
                            && !w.strong.contains(e.getKey()), term + " lost doc " + e.getKey());
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
            assertEquals(walked.get(term).docs.size(), (int) full.getOrDefault(term, stored), term);
            assertEquals(full.containsKey(term), stored != walked.get(term).docs.size(), term);
        }
    }

    @Test
    void theDocsTableGivesEveryDocumentItsTitleAndUrl() {
        Map<String, Object> table = TestJson.object(index.get("table"));
        List<Object> titles = TestJson.array(table.get("title"));
        List<Object> slugs = TestJson.array(table.get("slug"));
        String kinds = (String) table.get("kind");
        int[] pages = B64.decode((String) table.get("page"));
        assertEquals(docs.size(), titles.size());
        assertEquals(docs.size(), pages.length);
        for (int i = 0; i < docs.size(); i++) {
            SearchDoc d = docs.get(i);
            assertEquals(d.title(), titles.get(i));
            assertEquals(d.kind().letter, kinds.charAt(i));
            String stored = (String) slugs.get(i);
            String guide = site.result.site().guides().get(d.guide()).slug() + "/";
            String page = guide + (pages[i] == 0 ? "" : "page-" + (pages[i] + 1) + "/");
            String url = switch (kinds.charAt(i)) {
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
        List<String> all = new ArrayList<>();
        for (Object entry : TestJson.array(index.get("summaries"))) {
            String name = (String) TestJson.array(entry).get(0);
            assertEquals(all.size(), TestJson.integer(TestJson.array(entry).get(1)));
            TestJson.array(TestJson.dataFile(site.read("search/" + name + ".js"))).forEach(s -> all.add((String) s));
        }
        assertEquals(docs.stream().map(SearchDoc::summary).toList(), all);
        assertFalse(all.stream().filter(s -> !s.isEmpty()).toList().isEmpty());
    }
}
