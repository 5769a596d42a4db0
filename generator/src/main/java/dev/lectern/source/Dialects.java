package dev.lectern.source;

import dev.lectern.source.read.DialectReader;
import dev.lectern.source.read.DocusaurusReader;
import dev.lectern.source.read.MarkdownReader;
import dev.lectern.source.read.MintlifyReader;
import dev.lectern.source.read.MkdocsReader;
import dev.lectern.source.read.PdfReader;
import dev.lectern.source.read.PlainTextReader;
import dev.lectern.source.scan.Line;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of dialect readers, and the sniffing that picks one when front matter does not name it
 * ({@code dialect: mkdocs}). Signals are counted outside fenced code on whole lines; the strongest wins.
 */
public final class Dialects {
    private final Map<String, DialectReader> readers = new TreeMap<>();

    public Dialects() {
        for (DialectReader r : List.of(new MarkdownReader("github"), new DocusaurusReader(), new MkdocsReader(),
                new MintlifyReader(), new PdfReader(), new PlainTextReader())) {
            readers.put(r.name(), r);
        }
    }

    public DialectReader byName(String name) {
        return readers.get(name.toLowerCase(Locale.ROOT));
    }

    public java.util.Set<String> names() {
        return readers.keySet();
    }

    /** The dialect a file is written in, from its extension and content. */
    public DialectReader detect(String fileName, List<Line> lines) {
        Signals s = Signals.count(lines);
        boolean text = fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
        if (text && s.headings < 3 && s.fences < 2) return readers.get("plaintext");
        if (s.mintlify > 0) return readers.get("mintlify");
        if (s.docusaurus > 0 && s.docusaurus >= s.mkdocs) return readers.get("docusaurus");
        if (s.mkdocs > 0) return readers.get("mkdocs");
        // MDX with no platform's mark: still MDX (imports, exports and {/* */} are program, not text)
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".mdx")) return readers.get("mintlify");
        // PDF extractions: unlabelled fences, and numbered questions at whatever heading level the extractor guessed
        if (s.bareFences >= 2 && s.bareFences * 2 >= s.fences && s.numberedHeadings >= 3 && Integer.bitCount(s.numberedLevels) >= 2) {
            return readers.get("pdf");
        }
        return readers.get("github");
    }

    /** Counts of each dialect's telltale lines. */
    record Signals(int mkdocs, int mintlify, int docusaurus, int fences, int bareFences, int headings, int numberedHeadings, int numberedLevels) {
        static Signals count(List<Line> lines) {
            int mkdocs = 0, mintlify = 0, docusaurus = 0, fences = 0, bare = 0, headings = 0, numbered = 0, levels = 0;
            boolean inFence = false;
            for (Line l : lines) {
                String s = l.trimmed();
                if (s.startsWith("```") || s.startsWith("~~~")) {
                    if (!inFence) {
                        fences++;
                        if (s.replace("`", "").replace("~", "").isBlank()) bare++;
                    }
                    inFence = !inFence;
                    continue;
                }
                if (inFence) continue;
                if (s.startsWith("!!! ") || s.startsWith("??? ") || s.startsWith("???+ ") || s.startsWith("=== \"")) mkdocs++;
                if (s.startsWith("<Accordion") || s.startsWith("<Steps") || s.startsWith("<CodeGroup") || s.startsWith("<ResponseField")
                        || s.startsWith("<ParamField") || s.startsWith("<CardGroup") || s.startsWith("<Frame") || s.startsWith("<Visibility")
                        || s.startsWith("<Note>") || s.startsWith("<Tip>") || s.startsWith(">") && s.replace(" ", "").startsWith(">##DocumentationIndex")) {
                    mintlify++;
                }
                if (s.startsWith(":::") && s.length() > 3 && Character.isLetter(s.charAt(3)) || s.startsWith("<TabItem")
                        || s.contains("from '@theme/") || s.startsWith("import ") && (s.contains("'@site/") || s.contains("\"@site/")
                        || s.contains("'@docusaurus/") || s.contains("\"@docusaurus/"))) docusaurus++;
                if (s.startsWith("#")) {
                    headings++;
                    int level = 0;
                    while (level < s.length() && s.charAt(level) == '#') level++;
                    if (dev.lectern.source.read.Numbering.number(s.substring(level).strip()) > 0) {
                        numbered++;
                        levels |= 1 << Math.min(level, 7);
                    }
                }
            }
            return new Signals(mkdocs, mintlify, docusaurus, fences, bare, headings, numbered, levels);
        }
    }
}
