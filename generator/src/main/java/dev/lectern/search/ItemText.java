package dev.lectern.search;

import dev.lectern.model.Block;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Relations;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The text that relates items: every question's and reference's title (as the reader sees it) and the opening of
 * each question's answer. {@code tagged}: the item's guide gives tags somewhere, so the text need not suggest topics.
 */
record ItemText(int guide, String id, boolean question, boolean tagged, String title, String opening) {
    /** How much of an answer counts: what it is about is said first, and analysis costs time per character. */
    static final int OPENING_CHARS = 600;

    static List<ItemText> of(Site site) {
        List<ItemText> out = new ArrayList<>();
        for (int g = 0; g < site.guides().size(); g++) {
            Guide guide = site.guides().get(g);
            boolean tagged = guide.sections().stream().anyMatch(s -> s.questions().stream().anyMatch(q -> !q.meta().tags().isEmpty())
                    || s.references().stream().anyMatch(r -> !r.meta().tags().isEmpty()));
            for (Section s : guide.sections()) {
                for (Reference r : s.references()) {
                    out.add(new ItemText(g, Relations.id(guide, r.slug()), false, tagged, PlainText.of(r.title()), ""));
                }
                for (Question q : s.questions()) {
                    out.add(new ItemText(g, Relations.id(guide, q.slug()), true, tagged, PlainText.of(q.title()), opening(q.answer())));
                }
            }
        }
        return out;
    }

    /**
     * About {@link #OPENING_CHARS} characters of an answer's prose (headings included, code blocks left out), as
     * rough text: one pass that drops URLs, HTML tags and emphasis stars. {@link PlainText} is exact but runs a dozen
     * expressions over the text, and to weigh terms a stray word costs nothing.
     */
    static String opening(List<Block> answer) {
        List<Block> flat = new ArrayList<>();
        DocCollector.flatten(answer, flat);
        StringBuilder sb = new StringBuilder(OPENING_CHARS + 80);
        for (Block b : flat) {
            String markdown = b instanceof Markdown m ? m.text() : b instanceof Heading h ? h.text() : null;
            if (markdown != null) rough(markdown, sb);
            if (sb.length() >= OPENING_CHARS) break;
        }
        int cut = sb.length() <= OPENING_CHARS ? sb.length() : sb.lastIndexOf(" ", OPENING_CHARS);
        return sb.substring(0, cut > 0 ? cut : Math.min(sb.length(), OPENING_CHARS));
    }

    private static void rough(String md, StringBuilder sb) {
        int n = md.length();
        for (int i = 0; i < n && sb.length() < OPENING_CHARS + 40; i++) {
            char c = md.charAt(i);
            if (c == 'h' && (md.startsWith("http://", i) || md.startsWith("https://", i))) {
                while (i + 1 < n && !Character.isWhitespace(md.charAt(i + 1)) && md.charAt(i + 1) != ')' && md.charAt(i + 1) != '>') i++;
                sb.append(' ');
            } else if (c == '<' && i + 1 < n && (Character.isLetter(md.charAt(i + 1)) || md.charAt(i + 1) == '/')
                    && md.indexOf('>', i) > 0) {
                i = md.indexOf('>', i);
                sb.append(' ');
            } else {
                sb.append(c == '*' || c == '\n' ? ' ' : c);
            }
        }
        sb.append(' ');
    }
}
