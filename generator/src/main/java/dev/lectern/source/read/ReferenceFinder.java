package dev.lectern.source.read;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds short questions in a section's prose: each row of a table with a "Question" column (its Difficulty,
 * Companies and Topics columns become metadata), and each top-level list item that reads as a question on its own
 * ({@link QuestionText#reads}) in a section whose title says it lists questions ("Questions asked at Google",
 * "Common questions", "FAQ"). A title that says who asks ("… asked in Initech interviews", "… asked at Hooli") names the
 * items' company.
 */
final class ReferenceFinder {
    private ReferenceFinder() {
    }

    static List<Reference> find(String sectionTitle, List<Block> prose) {
        List<Reference> out = new ArrayList<>();
        String lower = sectionTitle.toLowerCase(Locale.ROOT);
        boolean questionList = lower.contains("question") || QuestionText.isFaq(sectionTitle);
        List<String> listCompanies = companyOf(sectionTitle);
        for (Block b : prose) {
            if (!(b instanceof Markdown m)) continue;
            String[] lines = m.text().split("\n", -1);
            for (int i = 0; i + 1 < lines.length; i++) {
                if (TableRows.isHeader(lines[i], lines[i + 1])) i = tableRows(lines, i, m.pos(), out);
            }
            if (questionList) listItems(lines, m.pos(), listCompanies, out);
        }
        return out;
    }

    /** Rows of the table whose header is at {@code header}; returns the index of its last row. */
    private static int tableRows(String[] lines, int header, SourcePos pos, List<Reference> out) {
        List<String> columns = TableRows.cells(lines[header]);
        int question = column(columns, "question");
        int i = header + 2;
        for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
            if (question < 0) continue;
            List<String> cells = TableRows.cells(lines[i]);
            DifficultyLabel title = DifficultyLabel.split(cell(cells, question));
            if (title.title().isEmpty()) continue;
            Meta meta = new Meta(MetaLine.difficulty(cell(cells, column(columns, "difficulty"))),
                    TitleSuffix.list(cell(cells, column(columns, "topic", "tag"))),
                    TitleSuffix.list(cell(cells, column(columns, "compan", "asked"))));
            out.add(new Reference("", title.title(), title.onto(meta), pos.atLine(pos.line() + i)));
        }
        return i - 1;
    }

    private static void listItems(String[] lines, SourcePos pos, List<String> companies, List<Reference> out) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.length() > 2 && (l.startsWith("- ") || l.startsWith("* ") || l.startsWith("+ "))) {
                String title = l.substring(2).strip();
                if (!title.isEmpty() && !title.startsWith("[") && QuestionText.reads(title)) {
                    out.add(new Reference("", title, new Meta(null, List.of(), companies), pos.atLine(pos.line() + i)));
                }
            }
        }
    }

    /** "Questions asked in Initech interviews" → [Initech]; "Asked at Hooli, Globex" → [Hooli, Globex]; else none. */
    private static List<String> companyOf(String title) {
        String t = title.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        int asked = -1;
        for (String a : new String[] {"asked in ", "asked at ", "asked by "}) {
            int k = lower.lastIndexOf(a);
            if (k >= 0) asked = Math.max(asked, k + a.length());
        }
        if (asked < 0) return List.of();
        String names = t.substring(asked);
        for (String end : new String[] {" interviews", " interview"}) {
            if (names.toLowerCase(Locale.ROOT).endsWith(end)) names = names.substring(0, names.length() - end.length());
        }
        return TitleSuffix.list(names);
    }

    private static int column(List<String> headers, String... words) {
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c).toLowerCase(Locale.ROOT);
            for (String w : words) if (h.contains(w)) return c;
        }
        return -1;
    }

    private static String cell(List<String> cells, int c) {
        return c >= 0 && c < cells.size() ? cells.get(c) : "";
    }
}
