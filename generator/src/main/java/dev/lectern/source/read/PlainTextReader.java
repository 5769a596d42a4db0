package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text copied from a web page: paragraphs separated by blank lines, where a one-line paragraph that asks ("…?")
 * or instructs ("Explain …") is a question and the paragraphs after it are its answer. The page's chrome (navigation,
 * calls to action, the closing tail; {@link PageChrome} tells it by its shape) is dropped with one note that lists each
 * dropped line with its {@code file:line}. Text is escaped so that nothing in it turns into Markdown ({@code __init__}
 * stays literal), except `code spans`, which authors of such pages already use.
 */
public final class PlainTextReader implements DialectReader {
    private static final int MAX_QUESTION_LENGTH = 300;

    @Override
    public String name() {
        return "plaintext";
    }

    @Override
    public dev.lectern.model.Guide read(Document doc) {
        List<Paragraph> paragraphs = Paragraph.split(doc.lines());
        GuideBuilder guide = new GuideBuilder(doc, name());
        int title = guide.hasTitle() ? -1 : PageChrome.title(paragraphs);
        boolean[] chrome = PageChrome.find(paragraphs, title);
        List<String> dropped = new ArrayList<>();
        List<String> where = new ArrayList<>();
        boolean awaitingAnswer = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (chrome[i]) {
                for (Line l : p.lines()) {
                    dropped.add(l.trimmed());
                    where.add(doc.file() + ":" + l.number() + ": " + l.trimmed());
                }
                continue;
            }
            if (i == title) {
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
            int first = Integer.parseInt(where.get(0).substring(doc.file().length() + 1, where.get(0).indexOf(':', doc.file().length() + 1)));
            doc.diagnostics().add(new Diagnostic(Severity.NOTE, SourcePos.of(doc.file(), first),
                    "dropped " + dropped.size() + " lines of web-page chrome (navigation, calls to action, lines repeated on the page,"
                            + " the tail after the last answer):\n    " + String.join("\n    ", where),
                    "a line that is content: end it as a sentence (. or ?), or write the page as Markdown", dropped));
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
        return QuestionText.asks(s) || QuestionText.instructs(s);  // one sentence: answers run longer
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
