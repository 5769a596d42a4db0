package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a guide's page is split into pages, so that no guide page grows too heavy to open quickly on a phone.
 * A guide whose estimated HTML fits {@link #BUDGET} is one page; a longer one continues on {@code page-2/},
 * {@code page-3/}, … A section that fits a page is never split; a longer one breaks between its questions. Its
 * title and intro stay with its first question, its outro with its last.
 *
 * <p>The split is a pure function of the model, so every stage that links into a guide page (render, search)
 * computes the same pages. Anchor ids stay unique across the whole guide, so an anchor never changes when content
 * moves to another page.
 */
public final class GuidePages {
    /** The estimated bytes of HTML content a guide page holds before it continues on a next page. */
    public static final int BUDGET = 300_000;

    private static final Pattern PAGE_DIR = Pattern.compile("page-[0-9]+");

    /**
     * The part of section {@code section} on a page: its questions {@code from} (inclusive) to {@code to}
     * (exclusive); {@code opens} when the page shows its title and intro (else it continues from the page before),
     * {@code closes} when it shows its outro.
     */
    public record Slice(int section, boolean opens, int from, int to, boolean closes) {
    }

    /** Page {@code number} (from 1) of a guide, in the guide's folder at {@link #dir()}. */
    public record Page(int number, List<Slice> slices) {
        public Page {
            slices = List.copyOf(slices);
        }

        /** The page's folder inside the guide's: "" for the first, "page-2/" for the second. */
        public String dir() {
            return number == 1 ? "" : "page-" + number + "/";
        }
    }

    private final List<Page> pages;
    private final int[] opening;
    private final int[] closing;
    private final int[][] questions;

    private GuidePages(List<Page> pages, Guide g) {
        this.pages = List.copyOf(pages);
        int n = g.sections().size();
        this.opening = new int[n];
        this.closing = new int[n];
        this.questions = new int[n][];
        for (int si = 0; si < n; si++) questions[si] = new int[g.sections().get(si).questions().size()];
        for (Page p : pages) {
            for (Slice s : p.slices()) {
                if (s.opens()) opening[s.section()] = p.number() - 1;
                if (s.closes()) closing[s.section()] = p.number() - 1;
                for (int qi = s.from(); qi < s.to(); qi++) questions[s.section()][qi] = p.number() - 1;
            }
        }
    }

    /** True for a folder name a guide page may take, which no question may then use as its slug. */
    public static boolean isPageDir(String slug) {
        return PAGE_DIR.matcher(slug).matches();
    }

    public static GuidePages of(Guide g) {
        return of(g, BUDGET);
    }

    static GuidePages of(Guide g, int budget) {
        Packer packer = new Packer(budget);
        for (int si = 0; si < g.sections().size(); si++) {
            Section s = g.sections().get(si);
            long open = 300 + 2L * s.title().length() + weight(s.intro());
            long close = weight(s.outro());
            long[] qs = s.questions().stream().mapToLong(GuidePages::weight).toArray();
            long whole = open + close;
            for (long q : qs) whole += q;
            // a section that fits a page starts on a fresh one rather than break; a longer one fills the page it starts on
            if (whole <= budget) packer.makeRoom(whole);
            packer.makeRoom(open + (qs.length > 0 ? qs[0] : close));
            packer.open(si, open);
            for (int qi = 0; qi < qs.length; qi++) {
                if (qi > 0) packer.makeRoom(qs[qi]);
                packer.question(qi, qs[qi]);
            }
            if (qs.length > 0) packer.makeRoom(close);
            packer.close(close);
        }
        return new GuidePages(packer.finish(), g);
    }

    public List<Page> pages() {
        return pages;
    }

    /** The page showing section {@code si}'s title and intro (and the references and headings in it). */
    public Page ofSection(int si) {
        return pages.get(opening[si]);
    }

    /** The page showing section {@code si}'s outro. */
    public Page ofOutro(int si) {
        return pages.get(closing[si]);
    }

    /** The page showing question {@code qi} of section {@code si}. */
    public Page ofQuestion(int si, int qi) {
        return pages.get(questions[si][qi]);
    }

    /** The page where reference {@code r} of section {@code si} has its anchor: in the outro if it comes after it starts, else the intro. */
    public Page ofReference(Section s, int si, Reference r) {
        boolean inOutro = !s.outro().isEmpty() && r.pos().line() >= s.outro().get(0).pos().line();
        return inOutro ? ofOutro(si) : ofSection(si);
    }

    /** Fills pages in order; {@link #finish} adds the last, so an empty guide still has its one (empty) page. */
    private static final class Packer {
        private final int budget;
        private final List<Page> pages = new ArrayList<>();
        private final List<Slice> slices = new ArrayList<>();
        private long used;
        private int section = -1;
        private boolean opens;
        private int from;
        private int to;

        Packer(int budget) {
            this.budget = budget;
        }

        /** Starts a new page unless {@code weight} more still fits on this one (a first item always fits). */
        void makeRoom(long weight) {
            if (used > 0 && used + weight > budget) {
                endSlice(false);
                pages.add(new Page(pages.size() + 1, slices));
                slices.clear();
                used = 0;
                if (section >= 0) {
                    opens = false;
                    from = to;
                }
            }
        }

        void open(int si, long weight) {
            section = si;
            opens = true;
            from = 0;
            to = 0;
            used += weight;
        }

        void question(int qi, long weight) {
            to = qi + 1;
            used += weight;
        }

        void close(long weight) {
            used += weight;
            endSlice(true);
            section = -1;
        }

        private void endSlice(boolean closes) {
            if (section < 0) return;
            if (opens || from < to || closes) slices.add(new Slice(section, opens, from, to, closes));
        }

        List<Page> finish() {
            pages.add(new Page(pages.size() + 1, slices));
            return pages;
        }
    }

    /** About the bytes of HTML a question renders to on the guide page: its heading, chips, and answer. */
    static long weight(Question q) {
        Meta m = q.meta();
        int chips = m.tags().size() + m.companies().size() + (m.difficulty() == null ? 0 : 1);
        return 500 + 3L * q.title().length() + 120L * chips + weight(q.answer());
    }

    /**
     * About the bytes of HTML blocks render to: prose a little more than its text (tags, and a cell per table
     * bar), highlighted code about three times its text (a span per token), plain code a little more than its text, containers their frame.
     */
    static long weight(List<Block> blocks) {
        long w = 0;
        for (Block b : blocks) {
            if (b instanceof Markdown md) {
                w += md.text().length() + 8L * count(md.text(), '|') + 8L * count(md.text(), '\n');
            } else if (b instanceof Heading h) {
                w += 120 + 2L * h.text().length();
            } else if (b instanceof Code c) {
                w += 400 + (c.language().isEmpty() ? 6L : 15L) * c.code().length() / 5;
            } else if (b instanceof Callout c) {
                w += 250 + 2L * c.title().length() + weight(c.body());
            } else if (b instanceof Tabs t) {
                for (Tabs.Tab tab : t.tabs()) w += 250 + 2L * tab.label().length() + weight(tab.body());
            } else if (b instanceof Group g) {
                for (Group.Item item : g.items()) w += 250 + 2L * item.title().length() + weight(item.body());
            }
        }
        return w;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) n++;
        }
        return n;
    }
}
