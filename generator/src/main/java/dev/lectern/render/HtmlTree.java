package dev.lectern.render;

import dev.lectern.model.PageIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One rendered block as a tree: parsed by an HTML parser, so its tags balance within the block (an author's stray
 * {@code </div>} or unclosed {@code <table>} can never close or swallow the theme's markup around it), and its ids and
 * {@code #links} are changed as elements and attributes, never found by searching text: code that shows markup stays
 * the author's, byte for byte.
 */
final class HtmlTree {
    private HtmlTree() {
    }

    /** {@code html} parsed as the content of a {@code <body>}. */
    static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    /** {@code html} with its tags balanced. */
    static String balance(String html) {
        return parse(html).html();
    }

    /**
     * The block balanced, its tables of raw HTML in their scroll box ({@link TableScroll}), each id claimed on the page in
     * document order (renamed when taken), and each {@code #link}
     * following a renamed target of the block, then made into a link from this page by {@code anchorHref}.
     *
     * @param themeIdTaken told (id, new id) for an id the theme owns, which the block's author is to hear of
     */
    static String finish(String html, IdRegistry ids, UnaryOperator<String> anchorHref, BiConsumer<String, String> themeIdTaken) {
        Element body = parse(html);
        TableScroll.wrapRaw(body);
        Map<String, String> renamed = new HashMap<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<Element> links = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            if (e.nameIs("a") && e.attr("href").startsWith("#")) links.add(e);
            String id = e.id();
            if (id.isEmpty()) continue;
            String now = ids.place(id);
            placed.add(now);
            if (now.equals(id)) continue;
            renamed.putIfAbsent(id, now);
            e.id(now);
            if (PageIds.isReserved(id)) themeIdTaken.accept(id, now);
        }
        for (Element a : links) {
            String target = renamed.getOrDefault(a.attr("href").substring(1), a.attr("href").substring(1));
            // a target in this very block is on this page (a heading's own "#" link, say), wherever its document's others are
            a.attr("href", placed.contains(target) ? "#" + target : anchorHref.apply(target));
        }
        return body.html();
    }
}
