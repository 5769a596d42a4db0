package dev.lectern.source.scan;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Heading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines → canonical blocks. Recognises every dialect's containers (MkDocs admonitions and tabs, Docusaurus
 * {@code :::}, GitHub alerts, {@code <details>}, MDX components) at the start of a line, lifts top-level fences
 * into {@link Code} and ATX headings into {@link Heading}, and leaves the rest as CommonMark text.
 * Fence contents are never searched for containers. One instance per file; not thread-safe.
 */
public final class BlockScanner {
    /** Containers nested deeper than this are left as text: real documents nest 3 or 4 deep. */
    static final int MAX_DEPTH = 24;

    final String file;
    final List<Diagnostic> diagnostics;
    private final List<ContainerRule> rules;
    private final DirectiveRule directives;
    /** Per list of lines scanned (bodies are lists of their own): what rules look up ahead, computed once. */
    private final Map<List<Line>, Map<String, TagIndex>> tagIndexes = new IdentityHashMap<>();
    private final Map<List<Line>, FenceClosers> fenceClosers = new IdentityHashMap<>();

    public BlockScanner(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.directives = new DirectiveRule(this);
        this.rules = List.of(new AdmonitionRule(this), new TabsRule(this), directives,
                new AlertRule(this), new DetailsRule(this), new DivRule(this), new MarkdownHtmlRule(), new AdmonitionTagRule(this),
                new ComponentRule(this));
    }

    public List<Block> scan(List<Line> lines) {
        return scan(lines, 0);
    }

    List<Block> scan(List<Line> lines, int depth) {
        BlockSink out = new BlockSink(this);
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                out.text(line);
                i++;
                continue;
            }
            Fence fence = line.indent() < 4 || !out.inList() ? Fence.open(line.text()) : null;
            if (fence != null) {
                i = fence(lines, i, fence, out);
                continue;
            }
            if (line.indent() > 0 && out.inList() && depth < MAX_DEPTH) {
                int next = directives.keepInList(lines, i, out);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (line.indent() < 4) {
                Heading h = Headings.atx(line, file);
                if (h != null) {
                    out.add(h);
                    i++;
                    continue;
                }
                if (depth < MAX_DEPTH) {
                    int next = tryRules(lines, i, depth, out);
                    if (next > i) {
                        i = next;
                        continue;
                    } 
                } else if (depth == MAX_DEPTH && looksLikeContainer(lines, i)) {
                    warn(line, "containers nested more than " + MAX_DEPTH + " deep; the rest is kept as plain text",
                            "flatten the nesting");
                }
            }
            out.text(line);
            i++;
        }
        out.flush();
        return out.blocks();
    }

    private int tryRules(List<Line> lines, int i, int depth, BlockSink out) {
        for (ContainerRule rule : rules) {
            int next = rule.tryScan(lines, i, depth, out);
            if (next > i) return next;
        }
        return i;
    }

    private boolean looksLikeContainer(List<Line> lines, int i) {
        for (ContainerRule rule : rules) {
            if (rule.matches(lines.get(i))) return true;
        }
        return false;
    }

    /** A fence at the container's margin becomes a Code block; one inside a list item stays in the list's text. */
    private int fence(List<Line> lines, int i, Fence fence, BlockSink out) {
        int end = closingFence(lines, i, fence);
        boolean closed = end < lines.size();
        if (!closed) {
            warn(lines.get(i), "code fence is never closed; it runs to the end of its container",
                    "close it with a line of " + String.valueOf(fence.marker()).repeat(fence.length()));
        }
        if (fence.indent() > 0 && out.inList()) {
            for (int k = i; k < Math.min(end + 1, lines.size()); k++) out.text(lines.get(k));
            return end + 1;
        }
        FencedCode.Taken taken = FencedCode.take(lines, i, end, fence, pos(lines.get(i)));
        out.add(taken.block());
        return taken.next();
    }

    /** Index of the line closing {@code fence} opened at {@code i}, or {@code lines.size()} when none does. */
    public static int closingFence(List<Line> lines, int i, Fence fence) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (fence.closedBy(lines.get(k).text())) return k;
        }
        return lines.size();
    }

    /**
     * The last line of the fenced code block that line {@code i} opens (its closing fence, or the last line when none
     * closes it), or -1 when line {@code i} opens none: for passes that copy code through untouched.
     */
    public static int fencedBlockEnd(List<Line> lines, int i) {
        Fence f = Fence.open(lines.get(i).text());
        return f == null ? -1 : Math.min(closingFence(lines, i, f), lines.size() - 1);
    }

    TagIndex tagIndex(List<Line> lines, String name) {
        return tagIndexes.computeIfAbsent(lines, l -> new HashMap<>()).computeIfAbsent(name, n -> new TagIndex(lines, n));
    }

    /** Fence closers of the lines dedented by 4, as indented bodies (admonitions, content tabs) see them. */
    FenceClosers fenceClosers(List<Line> lines) {
        return fenceClosers.computeIfAbsent(lines, l -> new FenceClosers(l, 4));
    }

    SourcePos pos(Line line) {
        return SourcePos.of(file, line.number());
    }

    void warn(Line line, String message, String hint) {
        diagnostics.add(Diagnostic.warning(pos(line), message, hint));
    }

    void iconLeftOut(Line line, String icon) {
        diagnostics.add(dev.lectern.model.IconShortcodes.leftOut(pos(line), icon));
    }

    void note(Line line, String message) {
        diagnostics.add(Diagnostic.note(pos(line), message));
    }

    /** Lines from {@code from} (inclusive) to {@code to} (exclusive), each dedented by {@code n}. */
    static List<Line> dedent(List<Line> lines, int from, int to, int n) {
        List<Line> out = new ArrayList<>(Math.max(0, to - from));
        for (int k = from; k < to; k++) out.add(lines.get(k).dedent(n));
        return out;
    }
}
