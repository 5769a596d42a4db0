package dev.lectern.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Attribute lists ({@code {#id}}, {@code { #id .class key=value }}, MkDocs attr_list and Docusaurus heading ids) as
 * flexmark's attributes extension parsed them, trimmed to what an author means by them. A list applies to the element
 * before it (a link, an image, emphasis) or, at the end of a paragraph or heading, to that block; anywhere else, or
 * holding a bare word ({@code {name}} in prose), it is text and stays as written. Only harmless attributes are kept:
 * {@code style} and event handlers go (told to {@code dropped}), and the sanitizer's rules for URLs apply as usual.
 */
final class AttributeLists {
    private static final Set<String> ALLOWED = Set.of("id", "class", "title", "lang", "dir", "width", "height", "loading",
            "alt", "align", "target", "rel");

    private AttributeLists() {
    }

    /** Applies the rules above to every attribute list of {@code doc}. */
    static void clean(Document doc, Consumer<String> dropped) {
        List<AttributesNode> lists = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof AttributesNode a) lists.add(a);
        Set<AttributesNode> rejected = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (AttributesNode list : lists) {
            if (!wellFormed(list) || !attached(list)) {
                rejected.add(list);
                // the extension wrapped the text before the list in a span to carry it: the text goes back as it was
                if (list.getPrevious() instanceof TextBase wrapper) {
                    while (wrapper.getFirstChild() != null) wrapper.insertBefore(wrapper.getFirstChild());
                    wrapper.unlink();
                }
                list.insertBefore(new Text(list.getChars()));
                list.unlink();
                continue;
            }
            for (Node c = list.getFirstChild(); c != null; ) {
                Node next = c.getNext();
                if (c instanceof AttributeNode a && !a.isId() && !a.isClass()
                        && !ALLOWED.contains(a.getName().toString().toLowerCase(Locale.ROOT))) {
                    dropped.accept(a.getName() + "=");
                    a.unlink();
                }
                c = next;
            }
        }
        // the extension noted each list against the node it applies to when it parsed them
        if (!rejected.isEmpty()) AttributesExtension.NODE_ATTRIBUTES.get(doc).values().forEach(l -> l.removeIf(rejected::contains));
    }

    /** The author's {@code {#id}} of a heading, or null. */
    static String headingId(Heading heading) {
        for (Node c = heading.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof AttributesNode)) continue;
            for (Node a = c.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode an && an.isId() && !an.getValue().isBlank()) return an.getValue().toString();
            }
        }
        return null;
    }

    /** Every entry is {@code #id}, {@code .class} or {@code key=value}. */
    private static boolean wellFormed(AttributesNode list) {
        if (!list.hasChildren()) return false;
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof AttributeNode a)) return false;
            if (!a.isId() && !a.isClass() && a.getAttributeSeparator().isEmpty()) return false;
            if ((a.isId() || a.isClass()) && a.getValue().isBlank()) return false;
        }
        return true;
    }

    /** Right after an inline element, or closing its paragraph or heading (white space aside). */
    private static boolean attached(AttributesNode list) {
        Node before = list.getPrevious();
        if (before != null && !(before instanceof TextBase) && !(before instanceof Text) && !(before instanceof SoftLineBreak)) return true;
        Node after = list.getNext();
        while (after != null && (after instanceof SoftLineBreak || after.getChars().isBlank())) after = after.getNext();
        return after == null && (list.getParent() instanceof Paragraph || list.getParent() instanceof Heading);
    }
}
