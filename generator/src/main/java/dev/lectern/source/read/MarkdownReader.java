package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Line;
import java.util.List;

/**
 * The common Q&A layer over any Markdown dialect: the first H1 is the guide's title; {@link QuestionPlan} decides which
 * headings are questions and which are sections; a question heading may carry a metadata paragraph ({@link MetaLine})
 * and an answer toggle (a collapsible right below it, {@code ??? success "View Answer"}); collapsibles titled as
 * questions and paragraph questions ({@link ParagraphQuestions}: {@code Q:}/{@code A:}, definition lists) are questions
 * too. A document whose questions are incidental ({@link Guide.Kind#detect}) is read again as a plain page, so that
 * one "Why …?" heading in a manual stays a heading. Dialect readers override {@link #prepare} where their sources differ.
 */
public class MarkdownReader implements DialectReader {
    private final String name;

    public MarkdownReader(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Guide read(Document doc) {
        List<Block> blocks = scan(doc);
        GuideBuilder guide = new GuideBuilder(doc, name);
        place(blocks, QuestionPlan.of(blocks, isFaq(doc, blocks)), true, guide);
        Guide g = guide.assemble();
        if (guide.unfolded() && doc.frontMatter().string("kind").isEmpty()) {
            // read as written: headings keep their level and numbering, paragraph questions stay paragraphs
            guide = new GuideBuilder(doc, name);
            place(blocks, QuestionPlan.none(blocks), false, guide);
            g = guide.assemble();
        }
        guide.report();
        return g;
    }

    /** The document's blocks, after the dialect's line-level repairs. */
    protected List<Block> scan(Document doc) {
        return new BlockScanner(doc.file(), doc.diagnostics()).scan(prepare(doc));
    }

    /** Line-level repairs before scanning (dialect-specific); the default changes nothing. */
    protected List<Line> prepare(Document doc) {
        return doc.lines();
    }

    private void place(List<Block> blocks, QuestionPlan plan, boolean paragraphQuestions, GuideBuilder guide) {
        for (int i = 0; i < blocks.size(); i++) i = place(blocks, i, plan, paragraphQuestions, guide);
    }

    /** Places block {@code i}; returns the index of the last block it consumed. */
    private int place(List<Block> blocks, int i, QuestionPlan plan, boolean paragraphQuestions, GuideBuilder guide) {
        Block b = blocks.get(i);
        if (b instanceof Heading h && h.level() == 1 && !guide.hasContent()) {
            if (!guide.hasTitle()) {
                guide.title(h.text());
                return takeDescription(blocks, i, guide);
            }
            if (h.text().equals(guide.title())) return i;
        }
        switch (plan.role(i)) {
            case QUESTION -> {
                if (b instanceof Heading h) return headingQuestion(blocks, i, h, plan, guide);
                Callout c = (Callout) b;
                guide.question(QuestionText.title(c.title()), Meta.NONE, c.pos());
                guide.content(c.body());
                guide.endQuestion();
                return i;
            }
            case SECTION -> {
                guide.section(((Heading) b).text(), b.pos());
                return i;
            }
            case ANSWER_TOGGLE -> {
                guide.content(((Callout) b).body());
                return i;
            }
            default -> {
                if (paragraphQuestions && !plan.inQuestion(i) && b instanceof Markdown m && ParagraphQuestions.has(m, plan.inFaq(i))) {
                    ParagraphQuestions.place(m, plan.inFaq(i), guide);
                } else {
                    guide.content(b);
                }
                return i;
            }
        }
    }

    /**
     * A question heading, its metadata paragraph if any, and its answer toggle if any (whose body is the answer; the
     * toggle's own label is replaced by the site's). Returns the last block consumed.
     */
    private static int headingQuestion(List<Block> blocks, int i, Heading h, QuestionPlan plan, GuideBuilder guide) {
        TitleSuffix title = TitleSuffix.split(h.text());
        if (!title.suffix().isEmpty()) guide.replaced("heading suffix became companies metadata", title.suffix());
        int toggle = QuestionPlan.toggleAfter(blocks, i);
        if (toggle > 0 && plan.role(toggle) != QuestionPlan.Role.ANSWER_TOGGLE) toggle = -1;
        int k = i + 1;
        MetaLine.Split meta = k < blocks.size() && (toggle < 0 || k < toggle) ? MetaLine.split(blocks.get(k), title.companies()) : null;
        // a heading answered by a toggle is a question by its place: its text stays as written, numbering included
        DifficultyLabel label = DifficultyLabel.split(title.title());
        if (!label.label().isEmpty()) guide.replaced("title label became the question's difficulty", label.label());
        String text = toggle > 0 ? label.title() : QuestionText.title(label.title());
        guide.question(text, label.onto(meta != null ? meta.meta() : new Meta(null, List.of(), title.companies())), h.pos());
        if (meta != null) {
            if (meta.rest() != null) guide.content(meta.rest());
            k++;
        }
        if (toggle < 0) return k - 1;
        for (; k < toggle; k++) guide.content(blocks.get(k));
        Callout answer = (Callout) blocks.get(toggle);
        guide.replaced("collapsible answer title became the site's answer toggle", answer.title());
        guide.content(answer.body());
        return toggle;
    }

    /** The title (front matter's or the first H1) names the whole document an FAQ ("Docker FAQ"). */
    private static boolean isFaq(Document doc, List<Block> blocks) {
        String title = doc.frontMatter().string("title");
        if (title.isEmpty() && !blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.level() == 1) title = h.text();
        return QuestionText.isFaqTitle(title);
    }

    /** A short paragraph or quote right after the title is the guide's description; the page shows it as its lead. */
    protected int takeDescription(List<Block> blocks, int i, GuideBuilder guide) {
        if (guide.hasDescription() || i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Markdown m) || ParagraphQuestions.has(m, false)) return i;
        String text = m.text().strip();
        if (text.startsWith(">")) text = text.replaceAll("(?m)^>\\s?", "").strip();
        if (text.contains("\n\n") || text.length() > 300 || text.startsWith("<") || text.startsWith("!") || text.startsWith("|")) return i;
        guide.description(text.replace('\n', ' '));
        return i + 1;
    }
}
