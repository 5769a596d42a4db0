package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.Set;

/**
 * A code block. {@code language} is empty when unknown; {@code title} comes from fence meta where a dialect has one;
 * {@code firstLine} is the number of the first line when the lines are numbered, else 0; {@code marked} holds the
 * 1-based lines to highlight; {@code annotated} when MkDocs code annotations apply: the ordered list right after the block
 * explains, item n, the marker {@code (n)} in a comment of the code ({@link Annotation}). {@code code} never ends with a newline.
 */
public record Code(String language, String title, String code, int firstLine, Set<Integer> marked, boolean annotated, SourcePos pos)
        implements Block {
    public Code {
        marked = Set.copyOf(marked);
    }

    public Code(String language, String title, String code, SourcePos pos) {
        this(language, title, code, 0, Set.of(), false, pos);
    }

    public Code(String language, String title, String code, boolean lineNumbers, SourcePos pos) {
        this(language, title, code, lineNumbers ? 1 : 0, Set.of(), false, pos);
    }

    /**
     * A fence as its author meant it: what its info string says, and the lines its magic comments mark, those
     * comments taken out of the code ({@link MagicComments}).
     */
    public static Code fenced(FenceInfo info, String code, SourcePos pos) {
        MagicComments.Result r = MagicComments.apply(code);
        Set<Integer> marked = info.markedIn((int) r.code().lines().count());
        marked.addAll(r.marked());
        return new Code(info.language(), info.title(), r.code(), info.firstLine(), marked, false, pos);
    }

    public boolean lineNumbers() {
        return firstLine > 0;
    }

    public Code withLanguage(String lang) {
        return new Code(lang, title, code, firstLine, marked, annotated, pos);
    }

    /** The same code without its title: where something else shows the title (a tab's label), once is enough. */
    public Code untitled() {
        return new Code(language, "", code, firstLine, marked, annotated, pos);
    }

    public Code annotate() {
        return new Code(language, title, code, firstLine, marked, true, pos);
    }
}
