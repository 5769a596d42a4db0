package dev.lectern.search;

import dev.lectern.model.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents as columns of the index file. URLs are not stored whole: a result's URL is its guide's folder plus
 * its slug or anchor, and the slug is stored only where the client cannot derive it from the title with the same rule
 * the site used ({@link Slugs#slug(String, int)} for questions and sections), which the build checks here per
 * document; a heading's or reference's anchor ({@link dev.lectern.model.PageIds}) is always stored, so the client
 * never repeats that rule. An anchor on a long guide's later page ({@code page-2/#row}) keeps
 * that page's number in the {@code page} column (0 for the first). The columns are cut into files of
 * {@link #DOCS_PER_FILE} documents, loaded for the documents a query shows; the filters' columns for every document
 * are one more file, loaded only when a filter is set.
 */
final class DocTable {
    static final int DOCS_PER_FILE = 32;
    private DocTable() {
    }

    /** The columns of documents {@code [from, to)}; tag and company ids index {@code tagIds} and {@code companyIds}. */
    static String json(List<SearchDoc> docs, int from, int to, Map<String, Integer> tagIds, Map<String, Integer> companyIds) {
        StringBuilder kinds = new StringBuilder();
        StringBuilder parents = new StringBuilder();
        StringBuilder pages = new StringBuilder();
        List<String> titles = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SearchDoc d = docs.get(i);
            char kind = d.kind().letter;
            kinds.append(kind);
            titles.add(d.title());
            String slug = slug(d.url());
            // anchors on a guide page (headings, references) are stored as the build gave them: only question folders are derived
            slugs.add(kind == 'g' || ((kind == 'q' || kind == 's') && slug.equals(Slugs.slug(d.title(), 60))) ? "" : slug);
            B64.varint(parents, d.parent() < 0 ? 0 : i - d.parent());
            B64.varint(pages, page(d.url()));
        }
        return "{\"kind\":" + Json.string(kinds.toString()) + ",\"parent\":" + Json.string(parents.toString())
                + ",\"page\":" + Json.string(pages.toString())
                + ",\"title\":" + Json.strings(titles) + ",\"slug\":" + Json.strings(slugs) + ","
                + facets(docs, from, to, tagIds, companyIds) + "}";
    }

    /** What the filters read, for documents {@code [from, to)}: difficulty letters, then tag and company id lists. */
    static String facets(List<SearchDoc> docs, int from, int to, Map<String, Integer> tagIds, Map<String, Integer> companyIds) {
        StringBuilder difficulty = new StringBuilder();
        StringBuilder tags = new StringBuilder();
        StringBuilder companies = new StringBuilder();
        for (SearchDoc d : docs.subList(from, to)) {
            difficulty.append(d.difficulty().isEmpty() ? '-' : d.difficulty().charAt(0));
            list(tags, d.tags(), tagIds);
            list(companies, d.companies(), companyIds);
        }
        return "\"difficulty\":" + Json.string(difficulty.toString()) + ",\"tag\":" + Json.string(tags.toString())
                + ",\"company\":" + Json.string(companies.toString());
    }

    /** The part of a URL after the guide folder: a question's slug or an anchor; empty for the guide page. */
    static String slug(String url) {
        int hash = url.indexOf('#');
        if (hash >= 0) return url.substring(hash + 1);
        String rest = url.substring(url.indexOf('/') + 1);
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** The guide page an anchor is on, from 0: "guide/page-3/#x" is 2, "guide/#x" and "guide/q/" are 0. */
    static int page(String url) {
        int hash = url.indexOf('#');
        String folder = hash < 0 ? "" : url.substring(url.indexOf('/') + 1, hash);
        return folder.startsWith("page-") ? Integer.parseInt(folder.substring(5, folder.length() - 1)) - 1 : 0;
    }

    /** Tag (or company) names, sorted, numbered in that order. */
    static Map<String, Integer> ids(List<SearchDoc> docs, boolean tags) {
        TreeMap<String, Integer> ids = new TreeMap<>();
        for (SearchDoc d : docs) for (String s : tags ? d.tags() : d.companies()) ids.put(s, 0);
        int n = 0;
        for (Map.Entry<String, Integer> e : ids.entrySet()) e.setValue(n++);
        return ids;
    }

    private static void list(StringBuilder out, List<String> names, Map<String, Integer> ids) {
        B64.varint(out, names.size());
        for (String s : names) B64.varint(out, ids.get(s));
    }
}
