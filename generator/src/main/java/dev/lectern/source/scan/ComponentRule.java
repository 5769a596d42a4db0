package dev.lectern.source.scan;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import dev.lectern.model.Code;
import dev.lectern.model.Group;
import dev.lectern.model.Tabs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MDX components (Mintlify, Docusaurus): callouts ({@code <Note>}, {@code <Tip>}, {@code <Warning>}, {@code <Info>},
 * {@code <Check>}, {@code <Danger>}, {@code <Callout>}), collapsibles ({@code <Accordion>}, {@code <Expandable>}),
 * tabs ({@code <Tabs>}/{@code <Tab>}, {@code <CodeGroup>}), steps, cards, fields and frames ({@link MintlifyGroups}),
 * and wrappers whose children are kept ({@code <AccordionGroup>}, {@code <Visibility for="humans">}, …). Any other
 * component keeps its children and loses its tags, with a note naming it; {@code <Visibility for="agents">} is left
 * out. A component opened and closed inside a sentence is left to the Markdown (inline HTML).
 */
final class ComponentRule implements ContainerRule {
    private static final Set<String> WRAPPERS = Set.of("AccordionGroup", "Column", "Panel", "View", "Visibility", "BrowserWindow", "RequestExample", "ResponseExample");

    /** Self-closing components that decorate (an icon on its own line) or repeat the page's own contents list: nothing is lost. */
    private static final Set<String> DECORATIONS = Set.of("Icon", "TOCInline");

    private final BlockScanner scanner;

    ComponentRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return Tag.open(line.text(), null) != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        Tag.Spanning span = Tag.openAt(lines, i, null);
        if (span == null) return i;
        Tag tag = span.tag();
        Line opener = lines.get(i);
        String name = tag.name();
        if (isInline(tag)) return i;
        if (tag.attributes().containsKey("icon")) scanner.iconLeftOut(opener, "icon=\"" + tag.attr("icon") + "\"");
        if (tag.selfClosing() && MintlifyGroups.isItem(name)) {
            out.add(MintlifyGroups.item(tag, List.of(), scanner.pos(opener)));
            return span.last() + 1;
        }
        if (tag.selfClosing() && DECORATIONS.contains(name)) {
            scanner.note(opener, "<" + name + " /> is a decoration and is left out");
            return span.last() + 1;
        }
        if (tag.selfClosing()) {
            scanner.warn(opener, "component <" + name + " /> has no content Lectern can show, and nothing is shown for it",
                    "import an .mdx snippet of the content folder under that name, or remove the tag");
            return span.last() + 1;
        }
        TagBody body = TagBody.of(lines, i, span.last(), tag, scanner.tagIndex(lines, name));
        if (!body.closed()) {
            scanner.warn(opener, "<" + name + "> is never closed", "add </" + name + "> after its content");
        }
        if (body.isEmpty() && !MintlifyGroups.isItem(name)) {
            scanner.warn(opener, "<" + name + "> is empty", "put its content between the tags, or remove it");
        }
        var pos = scanner.pos(opener);
        if (name.equals("Tabs")) {
            out.add(tabs(tag, body.lines(), depth, pos));
            return body.end();
        }
        if (name.equals("Visibility") && tag.attr("for").equals("agents")) {
            // Mintlify shows it to AI agents only (llms.txt, the Markdown export), never on the reader's page
            scanner.note(opener, "<Visibility for=\"agents\"> is for AI agents and is left out of the page");
            return body.end();
        }
        List<Block> children = scanner.scan(body.lines(), depth + 1);
        CalloutKind kind = calloutKind(name);
        if (kind != null) {
            // Mintlify draws a typed callout with an icon and no title; ours says its kind, so kinds differ without colour
            String title = !tag.attr("title").isEmpty() ? tag.attr("title") : name.equals("Callout") ? kind.defaultTitle() : name;
            out.add(new Callout(kind, title, Callout.Collapse.NO, children, pos));
        } else if (name.equals("Accordion") || name.equals("Expandable")) {
            boolean open = tag.attributes().containsKey("defaultOpen") && !tag.attr("defaultOpen").equals("false");  // Tag drops the braces of defaultOpen={false}
            out.add(new Callout(CalloutKind.PLAIN, tag.attr("title"), open ? Callout.Collapse.OPEN : Callout.Collapse.CLOSED, children, pos));
        } else if (MintlifyGroups.isItem(name)) {
            out.add(MintlifyGroups.item(tag, children, pos));
        } else if (name.equals("Steps")) {
            MintlifyGroups.gather(Group.Kind.STEPS, 0, children, pos).forEach(out::add);
        } else if (name.equals("CardGroup") || name.equals("Columns")) {
            MintlifyGroups.gather(Group.Kind.CARDS, MintlifyGroups.columns(tag), children, pos).forEach(out::add);
        } else if (name.equals("Update")) {
            String title = !tag.attr("title").isEmpty() ? tag.attr("title") : tag.attr("label");
            out.add(new Callout(CalloutKind.PLAIN, title, Callout.Collapse.NO, children, pos));
        } else if (name.equals("CodeGroup")) {
            out.add(codeGroup(children, pos));
        } else {
            if (!WRAPPERS.contains(name)) scanner.note(opener, "unknown component <" + name + ">: its content is kept, the tag left out");
            children.forEach(out::add);
        }
        return body.end();
    }

    /**
     * A component opened and closed on one line with more text after it ({@code <Tooltip>} in a sentence, {@code <Icon />
     * Supported}) is inline: the line is Markdown, so none of its text is lost.
     */
    private static boolean isInline(Tag tag) {
        if (tag.selfClosing()) return !tag.after().isBlank();
        String close = "</" + tag.name() + ">";
        int cut = tag.after().indexOf(close);
        return !tag.selfClosing() && cut >= 0 && !tag.after().substring(cut + close.length()).isBlank();
    }

    private static CalloutKind calloutKind(String name) {
        switch (name) {
            case "Note": case "Callout": return CalloutKind.NOTE;
            case "Tip": return CalloutKind.TIP;
            case "Info": return CalloutKind.INFO;
            case "Warning": return CalloutKind.WARNING;
            case "Check": return CalloutKind.SUCCESS;
            case "Danger": return CalloutKind.DANGER;
            default: return null;
        }
    }

    /**
     * Mintlify {@code <CodeGroup>}: each fence is a tab labelled by its title, else its language. The title is the
     * tab's label, so the code block does not repeat it in a title bar of its own.
     */
    private Tabs codeGroup(List<Block> children, dev.lectern.diag.SourcePos pos) {
        List<Tabs.Tab> tabs = new ArrayList<>();
        for (Block b : children) {
            String label = b instanceof Code c ? (!c.title().isEmpty() ? c.title() : c.language()) : "";
            Block shown = b instanceof Code c ? c.untitled() : b;
            if (tabs.isEmpty() || b instanceof Code) tabs.add(new Tabs.Tab(label.isEmpty() ? "Code" : label, tabs.isEmpty(), List.of(shown)));
            else {
                Tabs.Tab last = tabs.remove(tabs.size() - 1);
                List<Block> body = new ArrayList<>(last.body());
                body.add(b);
                tabs.add(new Tabs.Tab(last.label(), last.selected(), body));
            }
        }
        return new Tabs(tabs, pos);
    }

    /**
     * {@code <Tabs>} with {@code <Tab title>} (Mintlify) or {@code <TabItem value label>} (Docusaurus) children. A
     * TabItem without a label takes the one its value has in the Tabs' {@code values={[{label, value}, …]}} (older
     * Docusaurus pages), else its value; {@code defaultValue} selects a tab when no TabItem says {@code default}.
     */
    private Block tabs(Tag outer, List<Line> lines, int depth, dev.lectern.diag.SourcePos pos) {
        java.util.Map<String, String> labels = TabValues.labels(outer.attr("values"));
        String defaultValue = outer.attr("defaultValue");
        boolean anyDefault = false;
        int chosen = -1;
        List<Tabs.Tab> tabs = new ArrayList<>();
        List<Line> loose = new ArrayList<>();
        int k = 0;
        while (k < lines.size()) {
            Tag t = Tag.open(lines.get(k).text(), null);
            if (t != null && (t.name().equals("Tab") || t.name().equals("TabItem")) && !t.selfClosing()) {
                TagBody tb = TagBody.of(lines, k, t, scanner.tagIndex(lines, t.name()));
                String value = t.attr("value");
                String label = !t.attr("title").isEmpty() ? t.attr("title") : !t.attr("label").isEmpty() ? t.attr("label")
                        : labels.getOrDefault(value, value);
                boolean selected = t.attributes().containsKey("default");
                anyDefault |= selected;
                tabs.add(new Tabs.Tab(label, selected, scanner.scan(tb.lines(), depth + 1)));
                if (!value.isEmpty() && value.equals(defaultValue)) chosen = tabs.size() - 1;
                k = tb.end();
            } else {
                if (!lines.get(k).isBlank()) loose.add(lines.get(k));
                k++;
            }
        }
        if (!loose.isEmpty()) {
            tabs.add(new Tabs.Tab("More", false, scanner.scan(loose, depth + 1)));
            scanner.warn(loose.get(0), "text inside <Tabs> but outside any <Tab> is shown in an extra tab", "move it into a <Tab>");
        }
        if (!anyDefault && chosen >= 0) {
            Tabs.Tab t = tabs.get(chosen);
            tabs.set(chosen, new Tabs.Tab(t.label(), true, t.body()));
        }
        return new Tabs(tabs, pos);
    }
}
