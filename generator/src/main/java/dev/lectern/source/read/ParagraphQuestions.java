package dev.lectern.source.read;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions written as paragraphs rather than headings, inside one Markdown block: a line labelled {@code Q:}
 * ({@code **Q:** …}, {@code **Q: …**}, {@code Question: …}) whose answer follows, optionally labelled {@code A:}; a
 * definition list's term ({@code Term} then {@code : definition}), the definition being its answer; and, in an FAQ
 * part, a paragraph that is one bold line asking ({@code **How do I …?**}). Only lines at column 0 start a question,
 * so nothing inside a list or an indented block is split.
 */
final class ParagraphQuestions {
    private static final String[] Q_LABELS = {"Q:", "Q.", "Question:"};
    private static final String[] A_LABELS = {"A:", "A.", "Answer:"};

    private ParagraphQuestions() {
    }

    /** Whether {@code m} holds paragraph questions (cheap check before {@link #place}). */
    static boolean has(Markdown m, boolean inFaq) {
        String[] lines = m.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (starts(lines, i, inFaq) != null) return true;
        return false;
    }

    /** Sends {@code m} to {@code guide}: prose as content, each paragraph question with its answer. */
    static void place(Markdown m, boolean inFaq, GuideBuilder guide) {
        String[] source = m.text().split("\n", -1);
        String[] lines = source.clone();  // the text that reaches the site: A: labels removed
        SourcePos pos = m.pos();
        List<String> run = new ArrayList<>();
        int runStart = 0;
        boolean definition = false;  // the open question is a term: its answer ends with its definition
        for (int i = 0; i < lines.length; i++) {
            String title = starts(source, i, inFaq);
            if (title != null) {
                flush(run, runStart, pos, guide);
                guide.question(title, Meta.NONE, pos.atLine(pos.line() + i));
                definition = isTerm(source, i);
                runStart = i + 1;
                int a = i + 1;
                while (a < lines.length && lines[a].isBlank()) a++;
                String answer = definition || a >= lines.length ? null : labelled(source[a], A_LABELS);
                if (answer != null) {
                    lines[a] = answer;
                    String src = source[a].strip();
                    guide.replaced("answer label left out (the site marks the answer)", src.endsWith(answer) ? src.substring(0, src.length() - answer.length()).strip() : src);
                }
                continue;
            }
            String l = lines[i];
            if (definition && (l.startsWith(":") || !l.isBlank() && Character.isWhitespace(l.charAt(0)))) {
                if (l.startsWith(":") && !run.isEmpty()) run.add("");
                run.add(l.startsWith(":") ? l.substring(1).strip() : l.strip());
                continue;
            }
            if (definition && !l.isBlank() && i > 0 && lines[i - 1].isBlank()) {
                // an unindented paragraph after a definition is the page's prose again
                flush(run, runStart, pos, guide);
                guide.endQuestion();
                definition = false;
            }
            if (run.isEmpty()) runStart = i;
            run.add(l);
        }
        flush(run, runStart, pos, guide);
    }

    private static void flush(List<String> run, int start, SourcePos pos, GuideBuilder guide) {
        String text = String.join("\n", run).strip();
        int lead = 0;
        while (lead < run.size() && run.get(lead).isBlank()) lead++;
        if (!text.isEmpty()) guide.content(new Markdown(text, pos.atLine(pos.line() + start + lead)));
        run.clear();
    }

    /** The question line {@code i} starts, or null: a Q-label, a definition term, or (in an FAQ) a bold asking line. */
    static String starts(String[] lines, int i, boolean inFaq) {
        String l = lines[i];
        if (l.isEmpty() || Character.isWhitespace(l.charAt(0)) || i > 0 && !lines[i - 1].isBlank() && !isAnswerEnd(lines, i)) return null;
        String labelled = labelled(l, Q_LABELS);
        if (labelled != null && !labelled.isEmpty()) return labelled;
        if (isTerm(lines, i)) return l.strip();
        String bold = Numbering.unbold(l.strip());
        if (inFaq && !bold.equals(l.strip()) && QuestionText.asks(bold) && (i + 1 >= lines.length || lines[i + 1].isBlank())) return QuestionText.title(bold);
        return null;
    }

    /** A Q: line may follow the previous answer's line directly ("Q: …\nA: …\nQ: …"). */
    private static boolean isAnswerEnd(String[] lines, int i) {
        return labelled(lines[i], Q_LABELS) != null && labelled(lines[i - 1], A_LABELS) != null;
    }

    /** A definition list's term: a plain line followed by a line that opens with ": ". */
    private static boolean isTerm(String[] lines, int i) {
        if (i + 1 >= lines.length || !lines[i + 1].startsWith(": ")) return false;
        char c = lines[i].charAt(0);
        return "-*+>|#:`<".indexOf(c) < 0 && !Character.isDigit(c);
    }

    /** The text after a label ({@code **Q:** x}, {@code **Q: x**}, {@code Q: x}), emphasis removed; null without one. */
    private static String labelled(String line, String[] labels) {
        String s = line.strip();
        boolean bold = s.startsWith("**");
        String inner = bold ? s.substring(2) : s;
        for (String label : labels) {
            if (!inner.startsWith(label)) continue;
            String rest = inner.substring(label.length());
            if (bold) {
                if (rest.startsWith("**")) rest = rest.substring(2);       // **Q:** text
                else if (rest.endsWith("**")) rest = rest.substring(0, rest.length() - 2);  // **Q: text**
                else continue;
            }
            return rest.strip();
        }
        return null;
    }
}
