package dev.lectern.source.scan;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Heading;

/** ATX headings ({@code ## Title ##}), read by hand so nothing can backtrack. */
final class Headings {
    private Headings() {
    }

    static Heading atx(Line line, String file) {
        String s = line.text().stripLeading();
        int level = 0;
        while (level < s.length() && s.charAt(level) == '#') level++;
        if (level == 0 || level > 6) return null;
        if (level < s.length() && s.charAt(level) != ' ' && s.charAt(level) != '\t') return null;
        String text = s.substring(level).strip();
        // an optional closing sequence of #s, preceded by a space
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') end--;
        if (end < text.length() && (end == 0 || text.charAt(end - 1) == ' ')) text = text.substring(0, end).strip();
        return new Heading(level, text, SourcePos.of(file, line.number()));
    }
}
