package dev.lectern.render;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a document defines for all of itself: reference-link definitions ({@code [label]: url}), footnotes
 * ({@code [^name]: text}) and abbreviations ({@code *[HTML]: …}). A reader splits a document into blocks that flexmark
 * parses apart, so a definition at the end of the file would reach only its own block; here they are collected once
 * per document, and each block is given the reference and abbreviation definitions it uses ({@link #suffixFor}), while
 * footnotes are numbered and listed by the page ({@link PageNotes}). Only blocks with a line that looks like a
 * definition are parsed for them, so a document without any costs one scan of its lines.
 */
final class DocDefinitions {
    static final DocDefinitions NONE = new DocDefinitions(Map.of(), Map.of(), Map.of());
    /** CommonMark's limit on a link label. */
    private static final int MAX_LABEL = 999;

    /** A footnote's text as Markdown (its continuation lines unindented), and where it was written. */
    record Note(String name, String markdown, SourcePos pos) {
    }

    private final Map<String, String> references;
    private final Map<String, String> abbreviations;
    private final Map<String, Note> footnotes;

    private DocDefinitions(Map<String, String> references, Map<String, String> abbreviations, Map<String, Note> footnotes) {
        this.references = references;
        this.abbreviations = abbreviations;
        this.footnotes = footnotes;
    }

    /** Every definition in {@code g}'s blocks, the first of each name winning (as CommonMark has it). */
    static DocDefinitions of(Guide g, Parser parser) {
        DocDefinitions d = new DocDefinitions(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (Section s : g.sections()) {
            d.collect(s.intro(), parser);
            s.questions().forEach(q -> d.collect(q.answer(), parser));
            d.collect(s.outro(), parser);
        }
        return d.orNone();
    }

    /** Every definition in {@code blocks}. */
    static DocDefinitions of(List<Block> blocks, Parser parser) {
        DocDefinitions d = new DocDefinitions(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        d.collect(blocks, parser);
        return d.orNone();
    }

    private DocDefinitions orNone() {
        return references.isEmpty() && abbreviations.isEmpty() && footnotes.isEmpty() ? NONE : this;
    }

    /** Whether the document defines a footnote (only then may a block cite one). */
    boolean hasFootnotes() {
        return !footnotes.isEmpty();
    }

    Note footnote(String name) {
        return footnotes.get(key(name));
    }

    /**
     * The definitions {@code markdown} uses and may not hold itself, as Markdown to append to it: the reference
     * definitions whose label it writes in brackets, and the abbreviations it contains.
     */
    String suffixFor(String markdown) {
        if (references.isEmpty() && abbreviations.isEmpty()) return "";
        Set<String> used = new LinkedHashSet<>();
        if (!references.isEmpty()) {
            for (int open = markdown.indexOf('['); open >= 0; open = markdown.indexOf('[', open + 1)) {
                int close = closing(markdown, open + 1);
                if (close < 0) continue;
                String def = references.get(key(markdown.substring(open + 1, close)));
                if (def != null) used.add(def);
            }
        }
        // a glossary is a few dozen words: one search of the block per abbreviation
        abbreviations.forEach((abbr, def) -> {
            if (markdown.contains(abbr)) used.add(def);
        });
        return used.isEmpty() ? "" : "\n\n" + String.join("\n", used) + "\n";
    }

    private void collect(List<Block> blocks, Parser parser) {
        for (Block b : blocks) {
            if (b instanceof Markdown m && mayDefine(m.text())) {
                collect(m, parser.parse(m.text()));
            } else if (b instanceof Callout c) {
                collect(c.body(), parser);
            } else if (b instanceof Tabs t) {
                t.tabs().forEach(tab -> collect(tab.body(), parser));
            }
        }
    }

    private void collect(Markdown m, Node doc) {
        LineIndex lines = null;
        for (Node n : doc.getDescendants()) {
            if (n instanceof Reference r) {
                references.putIfAbsent(key(r.getReference().toString()), r.getChars().trimEnd().toString());
            } else if (n instanceof AbbreviationBlock a) {
                abbreviations.putIfAbsent(a.getText().toString(), a.getChars().trimEnd().toString());
            } else if (n instanceof FootnoteBlock f) {
                if (lines == null) lines = new LineIndex(doc.getChars());
                SourcePos at = m.pos().atLine(m.pos().line() + lines.lineOf(f.getStartOffset()));
                footnotes.putIfAbsent(key(f.getText().toString()), new Note(f.getText().toString(), body(f.getChars().toString()), at));
            }
        }
    }

    /** A footnote definition's text: what follows {@code [^name]:}, its later lines unindented by up to four spaces. */
    static String body(String definition) {
        int colon = definition.indexOf("]:");
        String[] lines = definition.substring(colon + 2).split("\n", -1);
        StringBuilder sb = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int cut = 0;
            while (cut < 4 && cut < line.length() && line.charAt(cut) == ' ') cut++;
            sb.append('\n').append(line.substring(cut));
        }
        return sb.toString().strip();
    }

    /** A line that opens like a definition: {@code [label]:}, {@code [^note]:} or {@code *[abbr]:}. */
    static boolean mayDefine(String markdown) {
        for (String line : markdown.split("\n", -1)) {
            String s = line.stripLeading();
            if (s.startsWith("*[")) s = s.substring(1);
            if (s.startsWith("[") && s.contains("]:")) return true;
        }
        return false;
    }

    /** The {@code ]} that closes the label opened before {@code from}, within CommonMark's label length, or -1. */
    private static int closing(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_LABEL);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ']') return i;
            if (c == '[') return -1;
            if (c == '\\') i++;
        }
        return -1;
    }

    /** A label as CommonMark matches it: case-folded, inner white space one space. */
    private static String key(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        boolean space = false;
        for (char c : label.strip().toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
