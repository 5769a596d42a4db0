package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MDX lines that are program, not content: {@code import}/{@code export} statements at column 0 and
 * {@code {/* … *}/}} comments. They are left out with a note each (fenced code is never touched); an import of an
 * {@code .mdx}/{@code .md} snippet is used instead ({@link MdxSnippets}), and so are variables, exported on the page or
 * imported by name from a snippet file, whose values fill the text's {@code {name}} ({@link MdxVariables}).
 */
final class MdxPlumbing {
    private MdxPlumbing() {
    }

    static List<Line> strip(List<Line> lines, Document doc) {
        Map<String, String> vars = new HashMap<>();
        return MdxVariables.fill(strip(lines, doc, doc.source(), Set.of(), vars), vars, doc);
    }

    /**
     * @param from   the content file these lines come from (the document, or a snippet it includes)
     * @param active the snippets being included around these lines, to stop a loop
     */
    static List<Line> strip(List<Line> lines, Document doc, String from, Set<Path> active, Map<String, String> vars) {
        List<Line> out = new ArrayList<>(lines.size());
        Map<String, String> snippets = new HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            int fenceEnd = BlockScanner.fencedBlockEnd(lines, i);
            if (fenceEnd >= 0) {
                out.addAll(lines.subList(i, fenceEnd + 1));
                i = fenceEnd + 1;
                continue;
            }
            String s = l.trimmed();
            boolean statement = l.indent() == 0 && (s.startsWith("import ") && (s.contains(" from ") || s.endsWith(";"))
                    || s.startsWith("export const ") || s.startsWith("export default ") || s.startsWith("export function "));
            boolean comment = s.startsWith("{/*") && s.endsWith("*/}");
            String[] snippet = statement ? MdxSnippets.snippetImport(s) : null;
            if (snippet != null) {
                snippets.put(snippet[0], snippet[1]);
            } else if (statement && (MdxVariables.define(s, vars) || MdxSnippets.variables(s, from, doc, vars))) {
                // its values fill the text's {expressions}: used, not left out
            } else if (statement || comment) {
                doc.diagnostics().add(new Diagnostic(Severity.NOTE, SourcePos.of(doc.file(), l.number()),
                        "MDX " + (comment ? "comment" : "import/export") + " left out", "", List.of(s)));
            } else {
                out.add(l);
            }
            i++;
        }
        return MdxSnippets.expand(out, snippets, from, doc, active, vars);
    }
}
