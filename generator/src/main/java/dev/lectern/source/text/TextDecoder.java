package dev.lectern.source.text;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Severity;
import dev.lectern.diag.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A content file's bytes to text: UTF-8 without BOM, LF line endings. Bad bytes never stop a build; each problem
 * becomes a diagnostic naming the line, and the rest of the file still reaches the site.
 */
public final class TextDecoder {
    /** How much of the file the binary check looks at; git uses the same window. */
    static final int SNIFF = 8 * 1024;
    static final int MAX_WARNINGS = 20;
    private static final String SAVE_AS_UTF8 = "save the file as UTF-8";

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes, String file) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        SourcePos top = SourcePos.of(file, 1);
        int b0 = b.length >= 2 ? b[0] & 0xFF : 0;
        int b1 = b.length >= 2 ? b[1] & 0xFF : 0;
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            // Checked before the binary test: UTF-16 is full of NUL bytes. The "UTF-16" charset reads the BOM.
            String text = new String(b, StandardCharsets.UTF_16);
            return new Decoded(lf(text), List.of(new Diagnostic(Severity.NOTE, top,
                    "decoded as UTF-16 (it starts with a UTF-16 byte-order mark)", SAVE_AS_UTF8, List.of())));
        }
        String binary = binaryReason(b);
        if (binary != null) {
            return new Decoded(null, List.of(Diagnostic.error(top, "file looks binary (" + binary + ") and is skipped",
                    "remove it from the content folder or give it another extension")));
        }
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        Utf8Errors errors = new Utf8Errors(b, start);
        String text = strictUtf8(b, start, errors);
        List<Diagnostic> diags = new ArrayList<>();
        if (errors.count() > 0 && looksLikeWindows1252(b, start, errors)) {
            text = new String(b, start, b.length - start, java.nio.charset.Charset.forName("windows-1252"));
            diags.add(new Diagnostic(Severity.NOTE, top, String.format(Locale.ROOT,
                    "not UTF-8 (%,d invalid byte sequences); decoded as Windows-1252", errors.count()),
                    SAVE_AS_UTF8, List.of()));
        } else {
            diags.addAll(errors.warnings(file, MAX_WARNINGS, SAVE_AS_UTF8));
        }
        return new Decoded(lf(text), diags);
    }

    /** Why the bytes look binary, or null: a NUL in the first 8 KB, or more than 10% control characters there. */
    static String binaryReason(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return String.format(Locale.ROOT, "a NUL byte at offset %d", i);
            // tab, LF, FF, CR and ESC (ANSI colours in logs) are normal in text
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F) controls++;
        }
        if (controls * 10 > n) return String.format(Locale.ROOT, "%d%% control characters", controls * 100 / n);
        return null;
    }

    /** Decodes with REPORT so each bad spot is seen (and recorded), then writes U+FFFD for it and goes on. */
    private static String strictUtf8(byte[] b, int start, Utf8Errors errors) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate(b.length - start + 1); // UTF-8 never yields more chars than bytes
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                errors.add(in.position(), r.length());
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) { // cannot happen given the size above; grow rather than lose text
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                out = bigger.put(out);
            } else {
                dec.flush(out);
                break;
            }
        }
        out.flip();
        return out.toString();
    }

    /**
     * A Latin-1/Windows-1252 file: its accented letters are each an invalid UTF-8 byte, and it has no (or hardly any)
     * valid multi-byte sequence. Files mixing both keep UTF-8 and get warnings, so their real UTF-8 is not garbled.
     * Bytes undefined in Windows-1252 rule it out.
     */
    static boolean looksLikeWindows1252(byte[] b, int start, Utf8Errors errors) {
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return false;
        }
        int valid = errors.validMultiByte();
        return valid == 0 || (errors.count() >= 8 && errors.count() >= 4 * valid);
    }

    /** CRLF and lone CR to LF; returns the same instance when there is no CR. */
    static String lf(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r') {
                sb.append(c);
            } else if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
