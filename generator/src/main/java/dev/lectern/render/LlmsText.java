package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.Group;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.model.Tabs;
import dev.lectern.publish.Artifact;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The site for AI tools, as the llms.txt convention asks: {@code llms.txt} is its map in Markdown (the site's title,
 * its description as a quote, then a list of links to its guides and pages, each with its description), and
 * {@code llms-full.txt} every document as one Markdown file, in the canonical form the model holds whatever the
 * dialect it was written in: callouts as quotes, tabs as labelled parts, code as fences, steps, cards and fields as
 * titled parts, questions as headings.
 * Links go to the pages' addresses: absolute with a base URL, else from the site's root.
 */
final class LlmsText {
    static final String MAP = "llms.txt";
    static final String FULL = "llms-full.txt";

    private LlmsText() {
    }

    static List<Artifact> build(Site site, MarkdownEngine md, References refs) {
        String base = site.baseUrl() == null || site.baseUrl().isBlank() ? "" : site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/";
        StringBuilder map = new StringBuilder("# ").append(oneLine(site.title())).append("\n\n");
        if (!site.description().isBlank()) map.append("> ").append(oneLine(site.description())).append("\n\n");
        map.append("The whole site as one Markdown file: [").append(FULL).append("](").append(base).append(FULL).append(")\n");
        list(map, "Guides", site, md, base, true);
        list(map, "Pages", site, md, base, false);
        // the whole site's text, document by document as UTF-8, written part after part: as one StringBuilder (two
        // bytes a character once an emoji is in it, doubled as it grows, then copied to a String and to bytes) a site
        // a hundred times content/ held some 600 MB for its 85 MB file, and joined parts twice its size
        List<byte[]> full = new java.util.ArrayList<>();
        for (Guide g : site.guides()) {
            StringBuilder doc = new StringBuilder(full.isEmpty() ? "" : "---\n\n");
            document(doc, g, md, base, addresses(refs, g, base));
            full.add(doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return List.of(Artifact.text(MAP, map.toString()), Artifact.joined(FULL, full));
    }

    private static void list(StringBuilder out, String heading, Site site, MarkdownEngine md, String base, boolean guides) {
        List<Guide> docs = site.guides().stream().filter(g -> g.isGuide() == guides).toList();
        if (docs.isEmpty()) return;
        out.append("\n## ").append(heading).append("\n\n");
        for (Guide g : docs) {
            out.append("- [").append(label(md.plain(g.title()))).append("](").append(address(base, g)).append(")");
            String d = site.description(g);
            if (!d.isBlank()) out.append(": ").append(oneLine(d));
            out.append('\n');
        }
    }

    /** A document; its titles as the words a reader sees (a title's link would lead from its source file, not from here). */
    private static void document(StringBuilder out, Guide g, MarkdownEngine md, String base, UnaryOperator<String> links) {
        out.append("# ").append(oneLine(md.plain(g.title()))).append("\n\nAddress: ").append(address(base, g)).append("\n\n");
        for (Section s : g.sections()) {
            if (!s.title().isBlank()) out.append("## ").append(oneLine(md.plain(s.title()))).append("\n\n");
            blocks(out, s.intro(), 3, links);
            for (Question q : s.questions()) {
                out.append("### ").append(oneLine(md.plain(q.title()))).append("\n\n");
                String meta = meta(q.meta());
                if (!meta.isEmpty()) out.append(meta).append("\n\n");
                blocks(out, q.answer(), 4, links);
            }
            blocks(out, s.outro(), 3, links);
        }
    }

    /** Blocks as Markdown; an author's headings start at {@code level}, below the document's own. */
    private static void blocks(StringBuilder out, List<Block> blocks, int level, UnaryOperator<String> links) {
        for (Block b : blocks) {
            if (b instanceof Markdown m) {
                out.append(PortableLinks.rewrite(m.text(), links).strip()).append("\n\n");
            } else if (b instanceof Heading h) {
                out.append("#".repeat(Math.min(6, level + Math.max(0, h.level() - 2)))).append(' ').append(oneLine(h.text())).append("\n\n");
            } else if (b instanceof Code c) {
                String fence = "`".repeat(Math.max(3, longestRun(c.code(), '`') + 1));
                if (!c.title().isBlank()) out.append('*').append(oneLine(c.title())).append("*\n\n");
                out.append(fence).append(c.language()).append('\n').append(c.code()).append(c.code().endsWith("\n") ? "" : "\n").append(fence).append("\n\n");
            } else if (b instanceof Callout c) {
                StringBuilder inner = new StringBuilder("**").append(c.title().isBlank() ? c.kind().defaultTitle() : oneLine(c.title())).append("**\n\n");
                blocks(inner, c.body(), level, links);
                out.append(quote(inner.toString().strip())).append("\n\n");
            } else if (b instanceof Tabs t) {
                for (Tabs.Tab tab : t.tabs()) {
                    out.append("**").append(oneLine(tab.label())).append("**\n\n");
                    blocks(out, tab.body(), level, links);
                }
            } else if (b instanceof Group g) {
                group(out, g, level, links);
            }
        }
    }

    /**
     * The addresses of {@code g}'s links as the site publishes them: a document or a file of the content folder at its
     * page's or copy's address (absolute with a base URL, else from the site's root, where llms-full.txt is), other
     * URLs as written. The pages report what does not resolve; here it is kept as written, quietly.
     */
    private static UnaryOperator<String> addresses(References refs, Guide g, String base) {
        // in the file style a link that resolved never reads as written (it names index.html, which is dropped below),
        // whatever the site's own style: with folder links "guide/" from the root would be taken for unresolved
        PageLinks fromRoot = refs.naming(SitePaths.FILES).on(g, "", null);
        return written -> {
            String url = written.startsWith("#") ? fromRoot.anchor(written.substring(1)) : fromRoot.url(written, () -> g.pos(), d -> { });
            if (url.equals(written) && !written.startsWith("#")) return written;
            if (url.startsWith("./")) url = url.substring(2);
            int end = UrlPolicy.firstOf(url, "?#");
            String path = url.substring(0, end);
            if (path.equals(SitePaths.INDEX) || path.endsWith("/" + SitePaths.INDEX)) path = path.substring(0, path.length() - SitePaths.INDEX.length());
            String address = base + path + url.substring(end);
            return address.isEmpty() ? "./" : address.startsWith("#") ? "./" + address : address;
        };
    }

    /** A document's page: absolute with a base URL, else from the site's root ("./" for the home page). */
    private static String address(String base, Guide g) {
        String url = base + SitePaths.guide(g);
        return url.isEmpty() ? "./" : url;
    }

    /** Steps numbered, cards and fields as bold titles (a card's link kept, a field's facts after it), a figure's caption after it. */
    private static void group(StringBuilder out, Group g, int level, UnaryOperator<String> links) {
        int n = 0;
        for (Group.Item item : g.items()) {
            String title = oneLine(item.title());
            if (g.kind() == Group.Kind.ALIGNED) { // layout, which plain text has none of
                blocks(out, item.body(), level, links);
                continue;
            }
            if (g.kind() == Group.Kind.FIGURE) {
                blocks(out, item.body(), level, links);
                if (!title.isEmpty()) out.append('*').append(title).append("*\n\n");
                continue;
            }
            String lead = g.kind() == Group.Kind.STEPS ? "**" + (++n) + ". " + title + "**" : title.isEmpty() ? "" : "**" + title + "**";
            if (!item.href().isEmpty()) {
                String href = links.apply(item.href());
                lead = "[" + (lead.isEmpty() ? href : lead) + "](" + href + ")";
            }
            String facts = g.kind() != Group.Kind.FIELDS ? "" : item.facts().stream().map(f -> f.value().isEmpty() ? f.name() : f.name() + ": " + f.value())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!facts.isEmpty()) lead += " (" + facts + ")";
            if (!lead.isEmpty()) out.append(lead).append("\n\n");
            blocks(out, item.body(), level, links);
        }
    }

    private static String meta(Meta m) {
        StringBuilder sb = new StringBuilder();
        if (m.difficulty() != null) sb.append("Difficulty: ").append(m.difficulty().name().toLowerCase(Locale.ROOT)).append(". ");
        if (!m.tags().isEmpty()) sb.append("Tags: ").append(String.join(", ", m.tags())).append(". ");
        if (!m.companies().isEmpty()) sb.append("Asked at: ").append(String.join(", ", m.companies())).append(". ");
        return sb.toString().strip();
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) sb.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        return sb.toString().stripTrailing();
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String oneLine(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }

    /** A link's text: brackets escaped so that a title cannot end the link. */
    private static String label(String s) {
        return oneLine(s).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
