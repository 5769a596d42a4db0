package dev.lectern.source.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over the text reading it as bytes of {@link Codepage}. Used twice: a dry run that only
 * counts well-formed sequences (the evidence for choosing a code page) and the repair run. Linear, no regex: on
 * clean text every character costs one table lookup.
 */
final class MojibakeScan {
    /** A run that looks like mojibake but was left alone; {@code raw} is the text as found. */
    record Leftover(int line, String raw) {
    }

    private record LineInfo(boolean box, char weight) {
    }

    private static final int DAMAGED_BOX = -2;

    private final String text;
    private final Codepage cp;
    private final boolean repair;
    private final int firstLine;
    private final StringBuilder out;
    private int copiedUpTo;
    private LineInfo lineInfoCache;
    private int lineInfoLine = -1;

    /** Evidence for this code page: long (3- and 4-byte) sequences count double. */
    int weight() {
        return 2 * longHits + shortHits;
    }

    /** Enough evidence to act on: one long sequence, or (Windows-1252 only) two short ones. */
    boolean active() {
        return longHits >= 1 || (cp == Codepage.WINDOWS_1252 && shortHits >= 2);
    }

    /** {@code a} with {@code b}'s repairs added (runs of one file, summed for its report). */
    static MojibakeScan plus(MojibakeScan a, MojibakeScan b) {
        a.repaired += b.repaired;
        a.guessed += b.guessed;
        a.leftovers.addAll(b.leftovers);
        return a;
    }

    int longHits;
    int shortHits;
    int repaired;
    int guessed;
    final List<Leftover> leftovers = new ArrayList<>();
    /** Dry run only: where the first well-formed sequences are, for warnings when too few to act on. */
    final List<Leftover> firstHits = new ArrayList<>();

    private MojibakeScan(String text, Codepage cp, boolean repair, int firstLine) {
        this.text = text;
        this.cp = cp;
        this.repair = repair;
        this.firstLine = firstLine;
        this.out = repair ? new StringBuilder(text.length()) : null;
    }

    /** {@code text} is a run of a file that starts at line {@code firstLine}, so that positions name the file's lines. */
    static MojibakeScan count(String text, Codepage cp, int firstLine) {
        MojibakeScan s = new MojibakeScan(text, cp, false, firstLine);
        s.run();
        return s;
    }

    static MojibakeScan repair(String text, Codepage cp, int firstLine) {
        MojibakeScan s = new MojibakeScan(text, cp, true, firstLine);
        s.run();
        return s;
    }

    String result() {
        return out.append(text, copiedUpTo, text.length()).toString();
    }

    private void run() {
        int n = text.length();
        int line = firstLine;
        int[] buf = new int[4];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '\n') line++;
                i++;
                continue;
            }
            int b = cp.byteOf(c);
            int len = Utf8.length(b);
            if (len == 0) {
                i = repair && b == 0x9F ? missingLead(i) : i + 1;
                continue;
            }
            buf[0] = b;
            int k = 0;
            int j = i + 1;
            while (k < len - 1 && j < n && Utf8.isContinuation(cp.byteOf(text.charAt(j)))) {
                buf[++k] = cp.byteOf(text.charAt(j++));
            }
            int code = -1;
            boolean lenient = false;
            boolean suspicious = false;
            if (k == len - 1) {
                code = Utf8.decode(buf, len);
                if (len == 2 && code >= 0 && !cp.twoByteTargetAllowed(code)) {
                    i++; // e.g. an accented capital before a quote: ordinary text, not even suspicious
                    continue;
                }
                if (code >= 0 && !Utf8.isReasonable(code)) code = -1;
                suspicious = code < 0;
                if (code >= 0 && len == 2) shortHits++;
                if (code >= 0 && len > 2) longHits++;
                if (code >= 0 && !repair && firstHits.size() < 3) {
                    firstHits.add(new Leftover(line, text.substring(i, j)));
                }
            } else if (repair && k >= 1) {
                code = LostByteGuess.guess(buf, k, len, cp.lostBytes(), context(i, j, line));
                lenient = code >= 0;
                // no plausible filler at all is what ordinary text looks like ("naïve”"): only ties are suspicious
                suspicious = code == LostByteGuess.AMBIGUOUS;
            }
            if (code >= 0 && repair) {
                replace(i, j, code);
                repaired++;
                if (lenient) guessed++;
                i = j;
            } else {
                if (repair && suspicious) leftovers.add(new Leftover(line, text.substring(i, j)));
                i++;
            }
        }
    }

    /**
     * Mac Roman only: the F0 lead shows as U+F8FF, which some tools strip as a private-use character, leaving
     * "üí°" for 💡. Three continuation bytes starting with 9F, alone, are then the tail of an emoji.
     */
    private int missingLead(int i) {
        if (cp != Codepage.MAC_ROMAN || i + 3 > text.length()) return i + 1;
        int[] seq = {0xF0, 0x9F, cp.byteOf(text.charAt(i + 1)), cp.byteOf(text.charAt(i + 2))};
        boolean alone = i + 3 == text.length() || !Utf8.isContinuation(cp.byteOf(text.charAt(i + 3)));
        int code = alone ? Utf8.decode(seq, 4) : -1;
        if (code < 0x1F000 || code > 0x1FAFF) return i + 1;
        replace(i, i + 3, code);
        repaired++;
        guessed++;
        return i + 3;
    }

    private void replace(int from, int to, int code) {
        out.append(text, copiedUpTo, from).appendCodePoint(code);
        copiedUpTo = to;
    }

    /** What {@link LostByteGuess} weighs: neighbouring characters and box pieces, and the line they are on. */
    private LostByteGuess.Context context(int start, int end, int line) {
        int n = text.length();
        int prev = copiedUpTo == start && out.length() > 0 ? out.codePointBefore(out.length())
                : start > 0 ? text.codePointBefore(start) : -1;
        boolean prevSpace = prev < 0 || Character.isWhitespace(prev);
        int prevArms = BoxPiece.is(prev) ? BoxPiece.arms(prev) : -1;
        boolean nextSpace = end >= n || Character.isWhitespace(text.charAt(end));
        int nextArms = -1;
        if (!nextSpace) {
            int box = boxAt(end);
            if (box > 0) nextArms = BoxPiece.arms(box);
            else if (box == DAMAGED_BOX) nextArms = BoxPiece.LEFT; // damaged too: adjacent pieces almost always join
        }
        boolean prevEmoji = prev >= 0x1F000 || (prev >= 0x2600 && prev <= 0x27BF);
        boolean nextLead = end < n && Utf8.length(cp.byteOf(text.charAt(end))) > 0;
        LineInfo info = lineInfo(start, line);
        return new LostByteGuess.Context(info.box, info.weight, prevArms, prevSpace, nextArms, nextSpace,
                prevEmoji && nextLead);
    }

    /** The box piece starting at {@code i}, clean or intact mojibake; DAMAGED_BOX for "â”" short a byte; else -1. */
    private int boxAt(int i) {
        char c = text.charAt(i);
        if (BoxPiece.is(c)) return c;
        if (cp.byteOf(c) != 0xE2 || i + 1 >= text.length()) return -1;
        int b1 = cp.byteOf(text.charAt(i + 1));
        if (b1 != 0x94 && b1 != 0x95) return -1;
        int b2 = i + 2 < text.length() ? cp.byteOf(text.charAt(i + 2)) : 0;
        return Utf8.isContinuation(b2) ? Utf8.decode(new int[] {0xE2, b1, b2}, 3) : DAMAGED_BOX;
    }

    /** Does this line draw boxes, and in which weight mostly (light, heavy, double)? Cached per line. */
    private LineInfo lineInfo(int pos, int line) {
        if (line == lineInfoLine) return lineInfoCache;
        int from = text.lastIndexOf('\n', pos) + 1;
        int to = text.indexOf('\n', pos);
        if (to < 0) to = text.length();
        boolean box = false;
        int light = 0;
        int heavy = 0;
        int dbl = 0;
        for (int i = from; i < to; i++) {
            int piece = boxAt(i);
            if (piece == -1) continue;
            box = true;
            char w = piece > 0 ? BoxPiece.weight(piece) : BoxPiece.MIXED;
            if (w == BoxPiece.LIGHT) light++;
            if (w == BoxPiece.HEAVY) heavy++;
            if (w == BoxPiece.DOUBLE) dbl++;
        }
        char weight = heavy > light && heavy >= dbl ? BoxPiece.HEAVY : dbl > light ? BoxPiece.DOUBLE : BoxPiece.LIGHT;
        lineInfoLine = line;
        lineInfoCache = new LineInfo(box, weight);
        return lineInfoCache;
    }
}
