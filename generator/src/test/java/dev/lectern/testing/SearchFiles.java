package dev.lectern.testing;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A built site's search files (format 2, described in dev.lectern.search's package-info) read back whole, as a test
 * wants them: the index object, the document columns joined across their files, every summary, every term's postings.
 */
public final class SearchFiles {
    static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public final Map<String, Object> index;
    private final BuiltSite site;
    private final String data;

    public SearchFiles(BuiltSite site) {
        this.site = site;
        this.index = TestJson.object(TestJson.dataFile(site.read("search/index.js")));
        this.data = (String) index.get("data");
    }

    /** The data file of this kind and number ({@code "p", 3} → search/p-<data>-3.js), parsed. */
    public Object file(String kind, int number) {
        return TestJson.dataFile(site.read("search/" + kind + "-" + data + "-" + number + ".js"));
    }

    /** How many data files of this kind there are. */
    public int count(String kind) {
        int n = 0;
        while (Files.exists(site.output.resolve("search/" + kind + "-" + data + "-" + n + ".js"))) n++;
        return n;
    }

    /** A column of the document table (title, slug: strings; kind: letters), over every document in order. */
    public List<Object> column(String name) {
        List<Object> out = new ArrayList<>();
        for (int f = 0; f < count("t"); f++) {
            Object value = TestJson.object(file("t", f)).get(name);
            if (value instanceof String s) s.chars().forEach(c -> out.add(String.valueOf((char) c)));
            else out.addAll(TestJson.array(value));
        }
        return out;
    }

    /** A column of b64 varints (page, parent) over every document in order. */
    public List<Integer> numbers(String name) {
        List<Integer> out = new ArrayList<>();
        for (int f = 0; f < count("t"); f++) for (int v : varints((String) TestJson.object(file("t", f)).get(name))) out.add(v);
        return out;
    }

    /** Every document's summary, in order. */
    public List<String> summaries() {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < count("s"); f++) TestJson.array(file("s", f)).forEach(s -> out.add((String) s));
        return out;
    }

    /**
     * Per term (in dictionary order), document → its posting's character value (impact, plus 32 in a title), read from
     * its first page in the term-range shards and every later page; and into {@code pages}, per term, each page's
     * lowest and highest impact.
     */
    public Map<Integer, TreeMap<Integer, Integer>> postings(List<String> terms, Map<Integer, List<int[]>> pages) {
        int[] df = varints((String) index.get("df"));
        int[] starts = varints((String) index.get("shards"));
        Map<String, Object> paging = TestJson.object(index.get("pages"));
        int first = TestJson.integer(paging.get("first"));
        int growth = TestJson.integer(paging.get("growth"));
        Map<Integer, TreeMap<Integer, Integer>> out = new HashMap<>();
        int later = 0;
        int term = 0;
        for (int s = 0; s < starts.length; s++) {
            term += s == 0 ? 0 : starts[s];
            int end = s + 1 < starts.length ? term + starts[s + 1] : terms.size();
            Map<String, Object> shard = TestJson.object(file("p", s));
            int[] at = {0, 0};
            int[] deltas = varints((String) shard.get("d"));
            String codes = (String) shard.get("i");
            for (int t = term; t < end; t++) {
                TreeMap<Integer, Integer> postings = new TreeMap<>();
                int left = df[t];
                long size = first;
                List<int[]> ranges = new ArrayList<>();
                do {
                    int count = (int) Math.min(left, size);
                    TreeMap<Integer, Integer> page = new TreeMap<>();
                    if (ranges.isEmpty()) {
                        read(deltas, codes, at, count, page);
                    } else {
                        Map<String, Object> p = TestJson.object(file("q", later++));
                        read(varints((String) p.get("d")), (String) p.get("i"), new int[] {0, 0}, count, page);
                    }
                    ranges.add(new int[] {page.values().stream().mapToInt(c -> c & 31).min().orElse(0),
                            page.values().stream().mapToInt(c -> c & 31).max().orElse(0)});
                    postings.putAll(page);
                    left -= count;
                    size *= growth;
                } while (left > 0);
                if (postings.size() != df[t]) throw new AssertionError(terms.get(t) + ": a document twice in its pages");
                pages.put(t, ranges);
                out.put(t, postings);
            }
            if (at[0] != deltas.length) throw new AssertionError("shard " + s + " has postings no term claims");
        }
        if (Files.exists(site.output.resolve("search/q-" + data + "-" + later + ".js"))) throw new AssertionError("a page no term claims");
        return out;
    }

    private static void read(int[] deltas, String codes, int[] at, int count, TreeMap<Integer, Integer> into) {
        int doc = -1;
        for (int p = 0; p < count; p++) {
            doc += deltas[at[0]++];
            into.put(doc, B64.indexOf(codes.charAt(at[1]++)));
        }
    }

    public static int[] varints(String s) {
        List<Integer> out = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = B64.indexOf(s.charAt(i));
            value |= (c & 31) << shift;
            if (c < 32) {
                out.add(value);
                value = 0;
                shift = 0;
            } else {
                shift += 5;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
