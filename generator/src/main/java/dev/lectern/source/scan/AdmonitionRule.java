package dev.lectern.source.scan;

import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import java.util.List;

/**
 * MkDocs Material admonitions: {@code !!! type "Title"}, collapsible {@code ??? type} (closed) and {@code ???+ type}
 * (open), with modifiers ({@code inline end}, {@code annotate}, extra classes) and a body indented 4 spaces.
 */
final class AdmonitionRule implements ContainerRule {
    private final BlockScanner scanner;

    AdmonitionRule(BlockScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public boolean matches(Line line) {
        return Opener.parse(line.text()) != null;
    }

    @Override
    public int tryScan(List<Line> lines, int i, int depth, BlockSink out) {
        Opener o = Opener.parse(lines.get(i).text());
        if (o == null) return i;
        IndentedBody body = IndentedBody.after(lines, i, scanner.fenceClosers(lines));
        if (body.isEmpty()) {
            scanner.warn(lines.get(i), "admonition '" + lines.get(i).trimmed() + "' has no body",
                    "indent its content by 4 spaces under the " + o.marker + " line");
        }
        CalloutKind kind = CalloutKinds.of(o.type, lines.get(i), scanner);
        out.add(new Callout(kind, o.title, o.collapse, o.placement, "", scanner.scan(body.lines(), depth + 1),
                scanner.pos(lines.get(i))));
        return body.end();
    }

    record Opener(String marker, String type, String title, Callout.Collapse collapse, Callout.Placement placement) {
        static Opener parse(String text) {
            if (text.length() < 5 || Line.indentOf(text) > 3) return null;
            String s = text.stripLeading();
            String marker;
            if (s.startsWith("???+")) marker = "???+";
            else if (s.startsWith("???")) marker = "???";
            else if (s.startsWith("!!!")) marker = "!!!";
            else return null;
            String rest = s.substring(marker.length());
            if (rest.isEmpty() || rest.charAt(0) != ' ') return null;
            rest = rest.strip();
            int quote = rest.indexOf('"');
            String words = quote >= 0 ? rest.substring(0, quote).strip() : rest;
            String title = null;
            if (quote >= 0) {
                int close = rest.lastIndexOf('"');
                if (close <= quote || !rest.substring(close + 1).isBlank()) return null;
                title = rest.substring(quote + 1, close);
            }
            if (words.isEmpty()) return null;
            List<String> qualifiers = List.of(words.split(" +"));
            String type = qualifiers.get(0);
            if (!isTypeWord(type)) return null;
            if (title == null) title = CalloutKind.keywordTitle(type);
            Callout.Collapse collapse = marker.equals("!!!") ? Callout.Collapse.NO
                    : marker.equals("???+") ? Callout.Collapse.OPEN : Callout.Collapse.CLOSED;
            return new Opener(marker, type, title, collapse, placement(qualifiers));
        }

        /** Material's {@code inline} (start of the line) and {@code inline end} modifiers; other qualifiers are styling. */
        private static Callout.Placement placement(List<String> qualifiers) {
            int inline = qualifiers.indexOf("inline");
            if (inline < 1) return Callout.Placement.BLOCK;
            return qualifiers.contains("end") ? Callout.Placement.INLINE_END : Callout.Placement.INLINE_START;
        }

        private static boolean isTypeWord(String w) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') return false;
            }
            return !w.isEmpty();
        }
    }
}
