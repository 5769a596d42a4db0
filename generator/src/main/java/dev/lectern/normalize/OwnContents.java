package dev.lectern.normalize;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Block;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A guide's own table of contents, as many READMEs open with ({@code ## Contents} and a list of
 * {@code [Title](#anchor)} links, nested or not), duplicates the contents the theme lists beside every guide page: the
 * section is left out, with a note at its heading. It is found by its structure alone, whatever its heading says:
 * a section with nothing but list items each of which is one link to a section or question of the same guide
 * (thematic breaks aside). Anything else in it (a link elsewhere, to a heading inside an answer, a word of prose),
 * or a link from the rest of the guide to the section itself, keeps it as written. Runs after {@link AnchorLinks},
 * so links written against GitHub's heading ids already name the site's anchors.
 */
final class OwnContents {
    private OwnContents() {
    }

    static Guide fold(Guide g, Diagnostics diagnostics) {
        Set<String> anchors = new HashSet<>();
        for (Section s : g.sections()) {
            anchors.add(s.slug());
            s.questions().forEach(q -> anchors.add(q.slug()));
            s.references().forEach(r -> anchors.add(r.slug()));
        }
        List<Section> kept = new ArrayList<>(g.sections().size());
        for (Section s : g.sections()) {
            int links = links(s, anchors);
            if (links > 0 && !linkedTo(g, s)) {
                List<String> text = new ArrayList<>();
                text.add(s.title());
                s.intro().forEach(b -> text.add(((Markdown) b).text()));
                diagnostics.report(Diagnostic.note(s.pos(), "the guide's own table of contents ('" + s.title() + "', " + links
                        + (links == 1 ? " link" : " links") + " to its sections and questions) is left out: the page lists its contents already")
                        .withDropped(text));
            } else {
                kept.add(s);
            }
        }
        return kept.size() == g.sections().size() ? g : g.withSections(kept);
    }

    /** How many own-anchor links make up {@code s}, if that is all it holds; else 0. */
    static int links(Section s, Set<String> anchors) {
        if (s.title().isBlank() || !s.questions().isEmpty() || !s.outro().isEmpty() || !s.references().isEmpty() || s.intro().isEmpty()) return 0;
        int links = 0;
        for (Block b : s.intro()) {
            if (!(b instanceof Markdown m)) return 0;
            for (String line : m.text().split("\n", -1)) {
                String t = line.strip();
                if (t.isEmpty() || isBreak(t)) continue;
                String anchor = linkItem(t);
                if (anchor == null || !anchors.contains(anchor) || anchor.equals(s.slug())) return 0;
                links++;
            }
        }
        return links;
    }

    /** The anchor of a list item that is one link to {@code #anchor} and nothing else ("- [Title](#anchor)"), else null. */
    static String linkItem(String line) {
        int i = 0;
        if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("+ ")) {
            i = 2;
        } else {
            while (i < line.length() && i < 9 && Character.isDigit(line.charAt(i))) i++;
            if (i == 0 || i + 1 >= line.length() || (line.charAt(i) != '.' && line.charAt(i) != ')') || line.charAt(i + 1) != ' ') return null;
            i += 2;
        }
        String item = line.substring(i).strip();
        int at = item.lastIndexOf("](#");
        if (!item.startsWith("[") || !item.endsWith(")") || at < 2 || item.substring(1, at).contains("](")) return null;
        String anchor = item.substring(at + 3, item.length() - 1);
        for (int c = 0; c < anchor.length(); c++) {
            char ch = anchor.charAt(c);
            if (Character.isWhitespace(ch) || ch == '(' || ch == ')') return null;
        }
        return anchor.isEmpty() ? null : anchor;
    }

    /** A thematic break: three or more of one of - * _, spaces between. */
    private static boolean isBreak(String t) {
        char c = t.charAt(0);
        if (c != '-' && c != '*' && c != '_') return false;
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == c) n++;
            else if (t.charAt(i) != ' ') return false;
        }
        return n >= 3;
    }

    /** Whether any text of the guide links to section {@code s} itself (a "back to contents" link). */
    private static boolean linkedTo(Guide g, Section s) {
        String target = "](#" + s.slug() + ")";
        for (Section other : g.sections()) {
            if (other != s && (mentions(other.intro(), target) || mentions(other.outro(), target))) return true;
            for (Question q : other.questions()) if (mentions(q.answer(), target)) return true;
        }
        return false;
    }

    private static boolean mentions(List<Block> blocks, String target) {
        for (Block b : blocks) {
            if (b instanceof Markdown m && m.text().contains(target)) return true;
            if (b instanceof dev.lectern.model.Callout c && mentions(c.body(), target)) return true;
        }
        return false;
    }
}
