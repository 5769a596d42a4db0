package dev.lectern.search;

import dev.lectern.model.AuthoredIds;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.ContentPath;
import dev.lectern.model.Guide;
import dev.lectern.model.GuidePages;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.model.Tabs;
import java.util.ArrayList;
import java.util.List;

/**
 * The site → the documents to index, in site order: per guide, the guide itself (with the text before its first
 * section), then per section the section, the headings of its intro (each holding the text up to the next heading)
 * and its questions. Headings inside answers are part of their question's document, not documents of their own.
 */
final class DocCollector {
    /** How much of a document's text the index keeps for its result's snippet, which the client cuts around the matched words. */
    static final int SUMMARY_CHARS = 400;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private DocCollector() {
    }

    static List<SearchDoc> collect(Site site) {
        List<SearchDoc> docs = new ArrayList<>();
        for (int g = 0; g < site.guides().size(); g++) guide(site.guides().get(g), g, docs);
        return docs;
    }

    private static void guide(Guide guide, int g, List<SearchDoc> docs) {
        String page = ContentPath.dir(guide);
        GuidePages pages = GuidePages.of(guide);
        List<String> reserved = new ArrayList<>();
        for (Section s : guide.sections()) {
            reserved.add(s.slug());
            s.questions().forEach(q -> reserved.add(q.slug()));
            s.references().forEach(r -> reserved.add(r.slug()));
        }
        HeadingAnchors anchors = new HeadingAnchors(reserved);
        int guideDoc = docs.size();
        Section front = guide.sections().stream().filter(s -> s.title().isEmpty()).findFirst().orElse(null);
        String lead = front == null ? "" : prose(splitAtHeadings(front.intro()).get(0));
        String body = (PlainText.of(guide.description()) + " " + lead).strip();
        docs.add(heading(SearchDoc.Kind.GUIDE, g, "", PlainText.of(guide.title()), page, -1, body, body));
        for (int si = 0; si < guide.sections().size(); si++) {
            Section s = guide.sections().get(si);
            // the guide page that holds the section's title and intro (a long guide has several)
            String opening = page + pages.ofSection(si).dir();
            List<List<Block>> parts = splitAtHeadings(s.intro());
            int sectionDoc = guideDoc;
            if (s != front) {
                sectionDoc = docs.size();
                String text = prose(parts.get(0));
                docs.add(heading(SearchDoc.Kind.SECTION, g, s.slug(), PlainText.of(s.title()), opening + "#" + s.slug(), guideDoc, text, text));
            }
            for (List<Block> part : parts.subList(1, parts.size())) {
                String text = prose(part.subList(1, part.size()));
                String written = ((Heading) part.get(0)).text();
                String h = PlainText.of(AuthoredIds.strip(written));
                docs.add(heading(SearchDoc.Kind.HEADING, g, s.slug(), h, opening + "#" + anchors.next(h, AuthoredIds.of(written)), sectionDoc, text, text));
            }
            for (Reference r : s.references()) {
                // a row or list item with its own anchor on the guide page; its metadata comes from its columns
                String difficulty = r.meta().difficulty() == null ? "" : r.meta().difficulty().id();
                String title = PlainText.of(r.title());
                docs.add(new SearchDoc(SearchDoc.Kind.REFERENCE, g, s.slug(), title, page + pages.ofReference(s, si, r).dir() + "#" + r.slug(), sectionDoc, "", "", "",
                        r.meta().tags(), r.meta().companies(), difficulty, PlainText.summary(rowText(r, s), SUMMARY_CHARS)));
            }
            for (int qi = 0; qi < s.questions().size(); qi++) {
                question(guide, g, s, sectionDoc, s.questions().get(qi), anchors, docs);
            }
        }
    }

    private static void question(Guide guide, int g, Section s, int sectionDoc, Question q, HeadingAnchors anchors,
                                 List<SearchDoc> docs) {
        List<Block> flat = new ArrayList<>();
        flatten(q.answer(), flat);
        StringBuilder code = new StringBuilder();
        String body = text(flat, code);
        // A heading inside an answer ("Example:", "Edge cases to watch") is no result of its own: its words are the
        // question's, which the reader is after. It still takes its id, so later headings get the ids the page gives them.
        StringBuilder headings = new StringBuilder();
        for (Block b : flat) {
            if (!(b instanceof Heading h)) continue;
            String text = PlainText.of(AuthoredIds.strip(h.text()));
            anchors.next(text, AuthoredIds.of(h.text()));
            headings.append(text).append('\n');
        }
        String difficulty = q.meta().difficulty() == null ? "" : q.meta().difficulty().id();
        docs.add(new SearchDoc(SearchDoc.Kind.QUESTION, g, s.slug(), PlainText.of(q.title()), ContentPath.questionDir(guide, q.slug()),
                sectionDoc, body, code.toString(), headings.toString(), q.meta().tags(), q.meta().companies(), difficulty,
                PlainText.summary(summaryOf(flat, SUMMARY_CHARS + 2), SUMMARY_CHARS)));
    }

    private static SearchDoc heading(SearchDoc.Kind kind, int g, String section, String title, String url, int parent,
                                     String body, String summaryFrom) {
        return new SearchDoc(kind, g, section, title, url, parent, body, "", "", List.of(), List.of(), "",
                PlainText.summary(summaryFrom, SUMMARY_CHARS));
    }

    /** Blocks → [blocks before the first heading, then one list per heading starting with it]. */
    private static List<List<Block>> splitAtHeadings(List<Block> blocks) {
        List<List<Block>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        for (Block b : blocks) {
            if (b instanceof Heading) parts.add(new ArrayList<>());
            parts.get(parts.size() - 1).add(b);
        }
        return parts;
    }

    /** Prose only (no code, no headings), for section text and summaries. */
    private static String prose(List<Block> blocks) {
        List<Block> flat = new ArrayList<>();
        flatten(blocks, flat);
        StringBuilder sb = new StringBuilder();
        for (Block b : flat) if (b instanceof Markdown m) sb.append(PlainText.of(m.text())).append(' ');
        return sb.toString().strip();
    }

    /** A flattened answer's prose (headings, callout titles and tab labels included) and, into {@code code}, its code. */
    private static String text(List<Block> flat, StringBuilder code) {
        StringBuilder sb = new StringBuilder();
        for (Block b : flat) {
            if (b instanceof Markdown m) sb.append(PlainText.of(m.text())).append(' ');
            else if (b instanceof Heading h) sb.append(PlainText.of(h.text())).append(' ');
            else if (b instanceof Code c) code.append(c.code()).append('\n');
        }
        return sb.toString().strip();
    }

    /**
     * What a result shows of a short question: its row's own cells (topics, the companies that ask it; the difficulty
     * shows beside every result already), else its section's title.
     */
    static String rowText(Reference r, Section s) {
        List<String> parts = new ArrayList<>();
        if (!r.meta().tags().isEmpty()) parts.add(String.join(", ", r.meta().tags()));
        if (!r.meta().companies().isEmpty()) parts.add("Asked at " + String.join(", ", r.meta().companies()));
        return parts.isEmpty() ? PlainText.of(s.title()) : PlainText.of(String.join(" · ", parts));
    }

    /**
     * What a result shows of an answer: its prose without paragraphs that are only a label ("Answer:", "**Example:**"),
     * which say nothing on their own; an answer that is all code shows its first lines.
     */
    static String summaryText(List<Block> answer) {
        List<Block> flat = new ArrayList<>();
        flatten(answer, flat);
        return summaryOf(flat, Integer.MAX_VALUE);
    }

    /**
     * The summary text, or its first {@code enough} characters and more: {@link PlainText#summary} reads no further, and
     * a long answer's later paragraphs need no second pass through {@link PlainText}.
     */
    private static String summaryOf(List<Block> flat, int enough) {
        StringBuilder sb = new StringBuilder();
        String firstCode = null;
        for (Block b : flat) {
            if (sb.length() >= enough) break;
            if (b instanceof Markdown m) {
                String text = PlainText.of(withoutLeadingLabel(m.text()));
                if (!text.isEmpty() && !isLabel(text)) sb.append(text).append(' ');
            } else if (b instanceof Code c && firstCode == null && !c.code().isBlank()) {
                firstCode = c.code();
            }
        }
        String prose = sb.toString().strip();
        if (!prose.isEmpty() || firstCode == null) return prose;
        return SPACES.matcher(firstCode.strip()).replaceAll(" ");
    }

    /**
     * A paragraph's Markdown without the label it opens with: a first line that is a label ("**Answer**:" with the text
     * on the next line), or a bold label before the text on the same line ("**Answer:** Decorators are…").
     */
    static String withoutLeadingLabel(String markdown) {
        int newline = markdown.indexOf('\n');
        if (newline > 0 && isLabel(PlainText.of(markdown.substring(0, newline)))) return markdown.substring(newline + 1);
        if (!markdown.startsWith("**")) return markdown;
        int close = markdown.indexOf("**", 2);
        if (close < 0) return markdown;
        int end = close + 2;
        if (end < markdown.length() && markdown.charAt(end) == ':') end++;
        return isLabel(PlainText.of(markdown.substring(0, end))) ? markdown.substring(end).stripLeading() : markdown;
    }

    /** A paragraph of at most three words ending with a colon: a label for what follows. */
    private static boolean isLabel(String text) {
        if (!text.endsWith(":")) return false;
        int words = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ' ') words++;
        return words <= 3;
    }

    /** Depth first, in document order; a plain callout's title and a tab's label become Markdown blocks of their own. */
    static void flatten(List<Block> blocks, List<Block> out) {
        for (Block b : blocks) {
            if (b instanceof Callout c) {
                // a collapsible's title is chrome ("View Answer"); a plain callout's title is content
                if (!c.title().isEmpty() && c.collapse() == Callout.Collapse.NO) out.add(new Markdown(c.title(), c.pos()));
                flatten(c.body(), out);
            } else if (b instanceof Tabs t) {
                for (Tabs.Tab tab : t.tabs()) {
                    out.add(new Markdown(tab.label(), t.pos()));
                    flatten(tab.body(), out);
                }
            } else if (b instanceof dev.lectern.model.Group g) {
                for (dev.lectern.model.Group.Item item : g.items()) {
                    if (!item.title().isEmpty()) out.add(new Markdown(item.title(), g.pos()));
                    flatten(item.body(), out);
                }
            } else {
                out.add(b);
            }
        }
    }
}
