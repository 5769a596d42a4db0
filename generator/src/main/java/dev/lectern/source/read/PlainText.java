package dev.lectern.source.read;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Code;
import dev.lectern.model.Markdown;
import java.util.ArrayList;
import java.util.List;

/** Plain text → Markdown that renders as the same text: punctuation escaped, `code spans` and inline fences kept. */
final class PlainText {
    private static final String SPECIAL = "\\*_[]<>#|~!&";

    private PlainText() {
    }

    /** A paragraph as blocks: text, with code flattened onto one line ({@code ```python … ```}) lifted out as code. */
    static List<Block> blocks(PlainTextReader.Paragraph p, String file) {
        List<Block> out = new ArrayList<>();
        for (var line : p.lines()) {
            SourcePos pos = SourcePos.of(file, line.number());
            String s = line.text();
            int open = s.indexOf("```");
            while (open >= 0) {
                int close = s.indexOf("```", open + 3);
                if (close < 0) break;
                String before = s.substring(0, open);
                if (!before.isBlank()) out.add(new Markdown(escape(before.strip()), pos));
                String inner = s.substring(open + 3, close).strip();
                int space = inner.indexOf(' ');
                String lang = space > 0 && inner.substring(0, space).chars().allMatch(Character::isLetterOrDigit) ? inner.substring(0, space) : "";
                String code = lang.isEmpty() ? inner : inner.substring(space + 1).strip();
                out.add(new Code(lang, "", FlatCode.reflow(code, lang), pos));
                s = s.substring(close + 3);
                open = s.indexOf("```");
            }
            if (!s.isBlank()) out.add(new Markdown(bullet(s), pos));
        }
        return merge(out);
    }

    /** Consecutive text lines of one paragraph stay one paragraph. */
    private static List<Block> merge(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Markdown m && !out.isEmpty() && out.get(out.size() - 1) instanceof Markdown prev) {
                out.set(out.size() - 1, new Markdown(prev.text() + "\n" + m.text(), prev.pos()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** "  • item" lines are list items. */
    private static String bullet(String line) {
        String s = line.strip();
        if (s.startsWith("•") || s.startsWith("◦") || s.startsWith("▪")) return "- " + escape(s.substring(1).strip());
        return escape(s);
    }

    /** Backslash-escapes Markdown punctuation outside `code spans`; unbalanced backticks are escaped too. */
    static String escape(String text) {
        long ticks = text.chars().filter(c -> c == '`').count();
        boolean keepCode = ticks % 2 == 0;
        StringBuilder sb = new StringBuilder(text.length() + 16);
        boolean inCode = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '`' && keepCode) {
                inCode = !inCode;
                sb.append(c);
            } else if (!inCode && (SPECIAL.indexOf(c) >= 0 || c == '`')) {
                sb.append('\\').append(c);
            } else if (!inCode && k == 0 && (c == '-' || c == '+' || c == '=') ) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString();
        // "1. text" at the start of a line would become a list
        int d = 0;
        while (d < s.length() && Character.isDigit(s.charAt(d))) d++;
        if (d > 0 && d < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')')) s = s.substring(0, d) + "\\" + s.substring(d);
        return s;
    }
}
