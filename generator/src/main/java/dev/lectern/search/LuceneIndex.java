package dev.lectern.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The documents in an in-memory Lucene index, merged to one segment whose doc ids are the documents' positions in
 * the list (the export and the client rely on that).
 */
final class LuceneIndex implements Closeable {
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String CODE = "code";
    static final String HEADINGS = "headings";
    static final String TAGS = "tags";
    static final String COMPANIES = "companies";
    static final String KIND = "kind";
    static final String GUIDE = "guide";
    static final String SECTION = "section";
    static final String DIFFICULTY = "difficulty";
    static final String ORD = "ord";
    /** What a document's title and body mean without writing it ({@link Synonyms}): counted below its own words. */
    static final String TITLE_ALSO = "title_also";
    static final String ALSO = "also";

    /** What a document's title and body mean without writing it, as text ("" for nothing). */
    record Also(String title, String body) {
        static final Also NONE = new Also("", "");
    }

    /** The scored fields and their weights in the exported impacts (a title word counts three times a body word). */
    static final Map<String, Float> BOOSTS = boosts();

    /**
     * Lucene's buffer of postings before it flushes a segment. A site of up to 32 MB of text (some thirty times
     * content/) is indexed whole in one buffer of up to 256 MB: one segment, nothing to merge (flushing at 32 MB made a
     * build of content/ a fifth slower, in merges). A bigger one flushes compact segments of 32 MB rather than hold a
     * buffer several times their size beside the pages being rendered.
     */
    static double ramBufferMb(List<SearchDoc> docs) {
        long chars = 0;
        for (SearchDoc d : docs) chars += (d.body() == null ? 0 : d.body().length()) + (d.code() == null ? 0 : d.code().length());
        return chars <= 32L << 20 ? 256 : 32;
    }

    private final ByteBuffersDirectory directory;
    final DirectoryReader reader;

    private LuceneIndex(ByteBuffersDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** @param also per document, the words it means without writing them */
    static LuceneIndex build(List<SearchDoc> docs, List<Also> also, Analysis analysis) throws IOException {
        return build(docs, also, analysis, new java.util.HashMap<>(), i -> { });
    }

    /**
     * @param words filled with the plain words of titles, bodies, tags and companies and their counts ({@link Vocabulary})
     * @param added told each document's position once the index has its words: its text may go
     */
    static LuceneIndex build(List<SearchDoc> docs, List<Also> also, Analysis analysis, Map<String, Integer> words,
                             java.util.function.IntConsumer added) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        org.apache.lucene.analysis.Analyzer counting = Analysis.counting(words);
        Map<String, org.apache.lucene.analysis.Analyzer> fields = Map.of(CODE, analysis.code(), TITLE, counting, BODY, counting,
                TAGS, counting, COMPANIES, counting);
        // a big site flushes compact segments rather than hold a buffer several times their size; they merge only
        // with their neighbours (a log merge policy), so that the merged segment keeps the documents in order
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analysis.prose(), fields))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(ramBufferMb(docs))
                .setMergePolicy(new LogByteSizeMergePolicy()).setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < docs.size(); i++) {
                writer.addDocument(document(docs.get(i), also.get(i), i));
                added.accept(i);
            }
            writer.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        LuceneIndex index = new LuceneIndex(dir, reader);
        index.checkOrder(docs.size());
        return index;
    }

    /** At least as many postings as the scored fields' merged over fields: each field's count of them, summed. */
    long postingsBound() throws IOException {
        if (reader.leaves().isEmpty()) return 0;
        long sum = 0;
        for (String field : BOOSTS.keySet()) {
            org.apache.lucene.index.Terms terms = leaf().terms(field);
            if (terms != null) sum += terms.getSumDocFreq();
        }
        return sum;
    }

    LeafReader leaf() {
        return reader.leaves().get(0).reader();
    }

    /** Analyzed, with frequencies and length norms (BM25 needs both) but no positions: nothing reads them. */
    private static final FieldType TEXT = text();

    private static FieldType text() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static Document document(SearchDoc d, Also also, int ord) {
        Document doc = new Document();
        doc.add(new StoredField(ORD, ord));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.NO));
        doc.add(new StringField(GUIDE, Integer.toString(d.guide()), Field.Store.NO));
        doc.add(new StringField(SECTION, d.section(), Field.Store.NO));
        if (!d.difficulty().isEmpty()) doc.add(new StringField(DIFFICULTY, d.difficulty(), Field.Store.NO));
        doc.add(new Field(TITLE, d.title(), TEXT));
        if (!d.body().isEmpty()) doc.add(new Field(BODY, d.body(), TEXT));
        if (!d.code().isEmpty()) doc.add(new Field(CODE, d.code(), TEXT));
        if (!d.headings().isEmpty()) doc.add(new Field(HEADINGS, d.headings(), TEXT));
        for (String t : d.tags()) doc.add(new Field(TAGS, t, TEXT));
        for (String c : d.companies()) doc.add(new Field(COMPANIES, c, TEXT));
        if (!also.title().isEmpty()) doc.add(new Field(TITLE_ALSO, also.title(), TEXT));
        if (!also.body().isEmpty()) doc.add(new Field(ALSO, also.body(), TEXT));
        return doc;
    }

    private void checkOrder(int count) throws IOException {
        if (reader.leaves().size() > 1) throw new IllegalStateException("search index has " + reader.leaves().size() + " segments");
        if (count == 0) return;
        var stored = leaf().storedFields();
        for (int i = 0; i < count; i++) {
            if (stored.document(i).getField(ORD).numericValue().intValue() != i) {
                throw new IllegalStateException("search index doc " + i + " is out of order");
            }
        }
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> b = new LinkedHashMap<>();
        b.put(TITLE, 3f);
        b.put(TAGS, 2f);
        b.put(COMPANIES, 1.5f);
        b.put(CODE, 1f);
        b.put(BODY, 1f);
        b.put(HEADINGS, 1f); // on top of the body, which holds the headings' words too
        b.put(TITLE_ALSO, 1.8f); // 0.6 of a title word, as a body's ALSO is 0.6 of a body word
        b.put(ALSO, 0.6f);
        return java.util.Collections.unmodifiableMap(b);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
