package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain text copied from a web page (seed 002): paragraphs separated by blank lines, where a one-line paragraph that
 * asks ("…?") or instructs ("Explain …") is a question and the paragraphs after it are its answer. The page's
 * navigation and marketing lines are dropped with a note that lists them. Text is escaped so that nothing in it turns
 * into Markdown ({@code __init__} stays literal), except `code spans`, which authors of such pages already use.
 */
public final class PlainTextReader implements DialectReader {
    private static final Set<String> NAVIGATION = Set.of("back", "next", "previous", "home", "learn more", "read more",
            "practice coding questions", "start preparing now", "explore more", "show answer", "hide answer");
    /** Where a page's closing call to action begins; everything from it on is site chrome. */
    private static final Set<String> TAIL_MARKERS = Set.of("explore more");
    private static final int MAX_QUESTION_LENGTH = 300;

    @Override
    public String name() {
        return "plaintext";
    }

    @Override
    public dev.lectern.model.Guide read(Document doc) {
        List<Paragraph> paragraphs = Paragraph.split(doc.lines());
        GuideBuilder guide = new GuideBuilder(doc, name());
        List<String> dropped = new ArrayList<>();
        SourcePos firstDropped = null;
        boolean awaitingAnswer = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String key = p.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (TAIL_MARKERS.contains(key) && i > paragraphs.size() / 2) {
                for (int k = i; k < paragraphs.size(); k++) paragraphs.get(k).lines().forEach(l -> dropped.add(l.trimmed()));
                if (firstDropped == null) firstDropped = pos(doc, p);
                break;
            }
            if (NAVIGATION.contains(key)) {
                dropped.add(p.text().strip());
                if (firstDropped == null) firstDropped = pos(doc, p);
                continue;
            }
            if (i == 0 && !guide.hasTitle()) {
                guide.title(p.text().strip());
                continue;
            }
            // a question is always followed by its answer, whatever the answer's first words look like
            if (!awaitingAnswer && isQuestion(p) && i + 1 < paragraphs.size()) {
                guide.question(PlainText.escape(p.text().strip()), Meta.NONE, pos(doc, p));
                awaitingAnswer = true;
                continue;
            }
            awaitingAnswer = false;
            if (!guide.inQuestion() && !guide.hasDescription() && !guide.hasContent() && p.lines().size() == 1) {
                guide.description(p.text().strip());  // the page's lead: shown once, as the guide's description
                continue;
            }
            guide.content(PlainText.blocks(p, doc.file()));
        }
        if (!dropped.isEmpty()) {
            doc.diagnostics().add(new Diagnostic(Severity.NOTE, firstDropped,
                    "dropped " + dropped.size() + " navigation and marketing lines of the web page: " + String.join(" | ", dropped.stream().distinct().toList()),
                    "", dropped));
        }
        return guide.build();
    }

    private static SourcePos pos(Document doc, Paragraph p) {
        return SourcePos.of(doc.file(), p.lines().get(0).number());
    }

    static boolean isQuestion(Paragraph p) {
        if (p.lines().size() != 1) return false;
        String s = p.text().strip();
        if (s.length() > MAX_QUESTION_LENGTH || s.length() < 8) return false;
        if (s.endsWith("?")) return true;
        String first = s.split(" ", 2)[0];
        return Imperatives.WORDS.contains(first) && !s.contains(". ");  // one sentence: answers run longer
    }

    /** A paragraph: consecutive non-blank lines. */
    record Paragraph(List<Line> lines) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(l.text());
            }
            return sb.toString();
        }

        static List<Paragraph> split(List<Line> lines) {
            List<Paragraph> out = new ArrayList<>();
            List<Line> cur = new ArrayList<>();
            for (Line l : lines) {
                if (l.isBlank()) {
                    if (!cur.isEmpty()) out.add(new Paragraph(List.copyOf(cur)));
                    cur.clear();
                } else {
                    cur.add(l);
                }
            }
            if (!cur.isEmpty()) out.add(new Paragraph(List.copyOf(cur)));
            return out;
        }
    }

    static Markdown markdown(String text, SourcePos pos) {
        return new Markdown(text, pos);
    }
}
