package dev.lectern.source.text;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The spots where a file is not valid UTF-8 (byte offsets), turned into one warning per affected line. */
final class Utf8Errors {
    /** Bytes shown per line; a line of Latin-1 could otherwise produce a very long message. */
    private static final int HEX_PER_LINE = 8;

    private final byte[] bytes;
    private final int start;
    private final List<int[]> spots = new ArrayList<>();

    Utf8Errors(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
    }

    void add(int offset, int length) {
        spots.add(new int[] {offset, Math.max(1, length)});
    }

    int count() {
        return spots.size();
    }

    /** Well-formed multi-byte sequences: lead bytes not at a bad spot. */
    int validMultiByte() {
        int leads = 0;
        for (int i = start; i < bytes.length; i++) {
            if (Utf8.length(bytes[i] & 0xFF) > 0) leads++;
        }
        int badLeads = 0;
        for (int[] s : spots) {
            if (Utf8.length(bytes[s[0]] & 0xFF) > 0) badLeads++;
        }
        return leads - badLeads;
    }

    List<Diagnostic> warnings(String file, int max, String hint) {
        List<Diagnostic> out = new ArrayList<>();
        int line = 1;
        int pos = start;
        int currentLine = -1;
        StringBuilder hex = null;
        int shown = 0;
        int lines = 0;
        int firstUnlisted = 0;
        for (int[] s : spots) {
            for (; pos < s[0]; pos++) { // same line breaks as the LF normalisation: LF, CRLF, lone CR
                int c = bytes[pos];
                if (c == '\n' || (c == '\r' && (pos + 1 >= bytes.length || bytes[pos + 1] != '\n'))) line++;
            }
            if (line != currentLine) {
                if (hex != null && lines <= max) out.add(warning(file, currentLine, hex, hint));
                currentLine = line;
                lines++;
                hex = new StringBuilder();
                shown = 0;
                if (lines == max + 1) firstUnlisted = line;
            }
            for (int i = 0; i < s[1] && lines <= max; i++, shown++) {
                if (shown < HEX_PER_LINE) {
                    hex.append(hex.length() == 0 ? "" : i == 0 ? ", " : " ");
                    hex.append(String.format(Locale.ROOT, "%02X", bytes[s[0] + i] & 0xFF));
                } else if (shown == HEX_PER_LINE) {
                    hex.append(" …");
                }
            }
        }
        if (hex != null && lines <= max) out.add(warning(file, currentLine, hex, hint));
        if (lines > max) {
            out.add(Diagnostic.warning(SourcePos.of(file, firstUnlisted), String.format(Locale.ROOT,
                    "%,d more lines with invalid UTF-8 from here on (not listed)", lines - max), hint));
        }
        return out;
    }

    private static Diagnostic warning(String file, int line, CharSequence hex, String hint) {
        String what = hex.length() > 2 ? "bytes " : "byte ";
        return Diagnostic.warning(SourcePos.of(file, line), "invalid UTF-8: " + what + hex + " replaced by U+FFFD",
                hint);
    }
}
