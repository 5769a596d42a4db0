package dev.lectern.source.scan;

import dev.lectern.model.Tabs;
import java.util.ArrayList;
import java.util.List;

/**
 * MkDocs content tabs: {@code === "Label"} ({@code ===+} selected, {@code ===!} starts a new group) with a body
 * indented 4. Consecutive tabs, blank lines between allowed, form one group.
 */
final class TabsRule implements ContainerRule {
    private final BlockScanner scanner;

    TabsRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return label(line.text()) != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        if (label(lines.get(i).text()) == null) return i;
        List<Tabs.Tab> tabs = new ArrayList<>();
        int j = i;
        while (j < lines.size()) {
            String text = lines.get(j).text();
            String label = label(text);
            if (label == null || (!tabs.isEmpty() && text.startsWith("===!"))) break;
            java.util.regex.Matcher icon = ICON.matcher(text);
            if (icon.find()) scanner.iconLeftOut(lines.get(j), icon.group().strip());
            IndentedBody body = IndentedBody.after(lines, j, scanner.fenceClosers(lines));
            if (body.isEmpty()) scanner.warn(lines.get(j), "content tab " + label + " has no body", "indent its content by 4 spaces");
            tabs.add(new Tabs.Tab(label, text.startsWith("===+"), scanner.scan(body.lines(), depth + 1)));
            j = body.end();
            int k = j;
            while (k < lines.size() && lines.get(k).isBlank()) k++;
            if (k < lines.size() && label(lines.get(k).text()) != null && !lines.get(k).text().startsWith("===!")) j = k;
            else break;
        }
        out.add(new Tabs(tabs, scanner.pos(lines.get(i))));
        return j;
    }

    /** The label of a tab opener line (its icons left out, {@link #withoutIcons}), or null. */
    static String label(String text) {
        if (!text.startsWith("===")) return null;
        String rest = text.substring(3);
        if (rest.startsWith("+") || rest.startsWith("!")) rest = rest.substring(1);
        rest = rest.strip();
        if (rest.length() < 2 || rest.charAt(0) != '"' || rest.charAt(rest.length() - 1) != '"') return null;
        return withoutIcons(rest.substring(1, rest.length() - 1));
    }

    /** Material's icon sets, as their shortcodes name them ({@code :octicons-file-code-16:}). */
    private static final java.util.regex.Pattern ICON =
            java.util.regex.Pattern.compile(":(?:material|octicons|fontawesome|simple)-[a-z0-9-]{1,80}:(?:\\{[^}\\n]{0,80}\\})?\\s?");

    /**
     * A label without its icon shortcodes (and their attribute lists): Material draws them as SVGs of its own icon
     * sets, which we do not ship, and a label is a name the reader picks from, so the words alone say it. A label that
     * is only an icon is named by it ({@code :simple-docker:} is "docker").
     */
    static String withoutIcons(String label) {
        String s = ICON.matcher(label).replaceAll("").strip();
        if (!s.isEmpty()) return s;
        String icon = label.strip();
        int dash = icon.indexOf('-');
        int end = icon.indexOf(':', dash + 1);
        return dash > 0 && end > dash ? icon.substring(dash + 1, end).replace('-', ' ') : label;
    }
}
