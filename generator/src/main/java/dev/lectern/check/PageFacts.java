package dev.lectern.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the check needs of one page, read from its HTML once: its ids, the ids it repeats, its URLs, its empty links. */
record PageFacts(Set<String> ids, List<String> duplicateIds, List<Ref> refs, List<String> emptyLinks) {
    /** A URL the page uses, and the element that holds it ({@code <img src>}), to name it in a message. */
    record Ref(String url, String element) {
    }

    /** Elements and the attributes that hold a URL a browser loads or follows. */
    private static final String[][] URL_ATTRIBUTES = {
        {"a", "href"}, {"area", "href"}, {"link", "href"}, {"script", "src"}, {"img", "src"}, {"iframe", "src"},
        {"source", "src"}, {"video", "src"}, {"video", "poster"}, {"audio", "src"}, {"track", "src"}, {"embed", "src"},
        {"object", "data"}, {"img", "srcset"}, {"source", "srcset"}};

    static PageFacts of(String html) {
        Document doc = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id()) && !duplicates.contains(e.id())) duplicates.add(e.id());
        }
        // <a name> is an anchor too (old HTML, and some authors' Markdown)
        for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
        List<Ref> refs = new ArrayList<>();
        for (String[] ea : URL_ATTRIBUTES) {
            for (Element e : doc.select(ea[0] + "[" + ea[1] + "]")) {
                String value = e.attr(ea[1]).strip();
                String element = "<" + ea[0] + " " + ea[1] + ">";
                if (ea[1].equals("srcset")) {
                    for (String candidate : value.split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) refs.add(new Ref(url, element));
                    }
                } else {
                    refs.add(new Ref(value, element));
                }
            }
        }
        List<String> empty = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            boolean named = !a.text().isBlank() || a.hasAttr("aria-label") && !a.attr("aria-label").isBlank()
                    || a.hasAttr("title") && !a.attr("title").isBlank() || !a.select("img[alt]:not([alt=''])").isEmpty()
                    || !a.select("svg title").isEmpty();
            if (!named) empty.add(a.attr("href"));
        }
        return new PageFacts(ids, duplicates, refs, empty);
    }
}
