package dev.lectern.source.scan;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Annotation;
import dev.lectern.model.Block;
import dev.lectern.model.Code;
import java.util.List;

/**
 * A fence at a container's margin as a block: {@link Code#fenced} (info string, magic comments), Docusaurus
 * {@code npm2yarn} as npm/Yarn/pnpm tabs ({@link Npm2Yarn}), and MkDocs code annotations: a block whose comments
 * hold {@code (n)} markers and that an ordered list follows is annotated (the list, its notes, stays a list after it).
 */
final class FencedCode {
    private FencedCode() {
    }

    /** What a fence turned into, and the index of the first line after it. */
    record Taken(Block block, int next) {
    }

    /**
     * @param end the index of the closing line ({@code lines.size()} when none)
     */
    static Taken take(List<Line> lines, int i, int end, Fence fence, SourcePos pos) {
        StringBuilder code = new StringBuilder();
        for (int k = i + 1; k < end && k < lines.size(); k++) {
            if (code.length() > 0) code.append('\n');
            code.append(lines.get(k).dedent(fence.indent()).text());
        }
        Code c = Code.fenced(fence.info(), stripTrailingNewlines(code), pos);
        int next = end + 1;
        if (fence.info().has("npm2yarn")) return new Taken(Npm2Yarn.tabs(c), next);
        int from = next;
        while (from < lines.size() && lines.get(from).isBlank()) from++;
        boolean notes = from < lines.size() && lines.get(from).indent() == 0 && (lines.get(from).text().startsWith("1.") || lines.get(from).text().startsWith("1)"))
                && ListMarkers.startsItem(lines.get(from).text());
        return new Taken(notes && Annotation.anyIn(c.code()) ? c.annotate() : c, next);
    }

    private static String stripTrailingNewlines(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == '\n' || sb.charAt(end - 1) == ' ')) end--;
        return sb.substring(0, end);
    }
}
