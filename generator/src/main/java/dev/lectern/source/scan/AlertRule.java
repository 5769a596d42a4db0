package dev.lectern.source.scan;

import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GitHub alerts: a blockquote whose first line is exactly {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} (any case). Other {@code [!X]} quotes stay quotes.
 */
final class AlertRule implements ContainerRule {
    private final BlockScanner scanner;

    AlertRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return kind(line.text()) != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        String keyword = kind(lines.get(i).text());
        if (keyword == null) return i;
        List<Line> body = new ArrayList<>();
        int j = i + 1;
        while (j < lines.size() && lines.get(j).text().stripLeading().startsWith(">")) {
            Line l = lines.get(j);
            String s = l.text().stripLeading().substring(1);
            if (s.startsWith(" ")) s = s.substring(1);
            body.add(new Line(s, l.number()));
            j++;
        }
        CalloutKind kind = keyword.equals("caution") ? CalloutKind.DANGER : CalloutKind.fromKeyword(keyword);
        String title = Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
        if (body.stream().allMatch(Line::isBlank)) scanner.warn(lines.get(i), "alert [!" + keyword.toUpperCase(Locale.ROOT) + "] is empty", "add text on the following '>' lines");
        out.add(new Callout(kind, title, Callout.Collapse.NO, scanner.scan(body, depth + 1), scanner.pos(lines.get(i))));
        return j;
    }

    private static String kind(String text) {
        if (Line.indentOf(text) > 3) return null;
        String s = text.strip();
        if (!s.startsWith(">")) return null;
        s = s.substring(1).strip();
        if (!s.startsWith("[!") || !s.endsWith("]")) return null;
        String k = s.substring(2, s.length() - 1).toLowerCase(Locale.ROOT);
        switch (k) {
            case "note": case "tip": case "important": case "warning": case "caution": return k;
            default: return null;
        }
    }
}
