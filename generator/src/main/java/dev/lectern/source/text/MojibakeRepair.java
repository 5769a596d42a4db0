package dev.lectern.source.text;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Undoes mojibake: UTF-8 that some tool decoded as Windows-1252 ("ðŸ”´" for 🔴) or Mac Roman ("\uF8FFüêç" for 🐍)
 * and saved again. The text is read back as the bytes of that code page and every run that forms a well-formed UTF-8
 * multi-byte sequence is decoded; anything else stays exactly as it was, so correct accents, quotes and emoji survive.
 *
 * <p>Which code page applies is decided from evidence: at least one well-formed 3- or 4-byte sequence, or
 * (Windows-1252 only) two 2-byte ones. Clean text almost never produces even one, and below that bar nothing is
 * touched. When both code pages have evidence in one file (sources pasted together), each paragraph is repaired with
 * the code page that its own evidence names. Windows-1252 loses five bytes; sequences one byte short are completed by {@link LostByteGuess}.
 */
public final class MojibakeRepair {
    /** Per file; beyond this one summary line, so a badly damaged file cannot flood the report. */
    static final int MAX_WARNINGS = 20;

    private MojibakeRepair() {
    }

    public static Repaired repair(String text, String file) {
        if (text == null || !hasNonAscii(text)) return new Repaired(text, List.of());
        Map<Codepage, MojibakeScan> active = new EnumMap<>(Codepage.class);
        MojibakeScan cp1252 = null;
        Codepage best = null;
        for (Codepage cp : Codepage.values()) {
            MojibakeScan dry = MojibakeScan.count(text, cp, 1);
            if (cp == Codepage.WINDOWS_1252) cp1252 = dry;
            if (!dry.active()) continue;
            active.put(cp, dry);
            if (best == null || dry.weight() > active.get(best).weight()) best = cp;
        }
        if (best == null) return new Repaired(text, tooLittleEvidence(cp1252, file));
        if (active.size() == 1) {
            MojibakeScan scan = MojibakeScan.repair(text, best, 1);
            return new Repaired(scan.repaired == 0 ? text : scan.result(), report(Map.of(best, scan), Map.of(best, 1), file));
        }
        return byRuns(text, active.keySet(), best, file);
    }

    /**
     * Both code pages have evidence: text pasted together from differently damaged sources. Each run (a paragraph
     * with the blank lines after it) is repaired with the code page its own evidence names, else the file's choice.
     */
    private static Repaired byRuns(String text, Set<Codepage> candidates, Codepage fallback, String file) {
        StringBuilder out = new StringBuilder(text.length());
        Map<Codepage, MojibakeScan> totals = new EnumMap<>(Codepage.class);
        Map<Codepage, Integer> firstLines = new EnumMap<>(Codepage.class);
        int line = 1;
        for (int[] run : Runs.of(text)) {
            String piece = text.substring(run[0], run[1]);
            Codepage cp = fallback;
            int weight = 0;
            for (Codepage c : candidates) {
                int w = MojibakeScan.count(piece, c, line).weight();
                if (w > weight) {
                    weight = w;
                    cp = c;
                }
            }
            MojibakeScan scan = MojibakeScan.repair(piece, cp, line);
            out.append(scan.repaired == 0 ? piece : scan.result());
            if (scan.repaired > 0) {
                firstLines.putIfAbsent(cp, line);
                totals.merge(cp, scan, MojibakeScan::plus);
            }
            line += run[2];
        }
        return new Repaired(out.toString(), report(totals, firstLines, file));
    }

    /** A note per code page used (at the first line it repaired), then warnings for what was left. */
    private static List<Diagnostic> report(Map<Codepage, MojibakeScan> scans, Map<Codepage, Integer> firstLines, String file) {
        List<Diagnostic> diags = new ArrayList<>();
        List<MojibakeScan.Leftover> leftovers = new ArrayList<>();
        for (Map.Entry<Codepage, MojibakeScan> e : new EnumMap<>(scans).entrySet()) {
            MojibakeScan scan = e.getValue();
            StringBuilder note = new StringBuilder(String.format(Locale.ROOT,
                    "repaired %,d mojibake sequences (UTF-8 read as %s)", scan.repaired, e.getKey().label));
            if (scan.guessed > 0) {
                note.append(String.format(Locale.ROOT, "; %,d of them had a byte missing and were completed by best guess",
                        scan.guessed));
            }
            if (!scan.leftovers.isEmpty()) {
                note.append(String.format(Locale.ROOT, "; %,d suspicious sequences left as is", scan.leftovers.size()));
            }
            diags.add(Diagnostic.note(SourcePos.of(file, firstLines.get(e.getKey())), note.toString()));
            leftovers.addAll(scan.leftovers);
        }
        leftovers.sort(java.util.Comparator.comparingInt(MojibakeScan.Leftover::line));
        diags.addAll(leftoverWarnings(leftovers, file));
        return diags;
    }

    /** A single "Ã©" is probably mojibake, but one pair is not enough to rewrite a file: say so and leave it. */
    private static List<Diagnostic> tooLittleEvidence(MojibakeScan cp1252, String file) {
        if (cp1252.shortHits != 1 || cp1252.firstHits.isEmpty()) return List.of();
        MojibakeScan.Leftover hit = cp1252.firstHits.get(0);
        return List.of(Diagnostic.warning(SourcePos.of(file, hit.line()),
                "possible mojibake \"" + visible(hit.raw()) + "\" (UTF-8 read as Windows-1252?), left as is",
                "if it is, fix it by hand or re-save the original file as UTF-8"));
    }

    /** One warning per line (the first sequence on it), capped at {@link #MAX_WARNINGS} plus a summary. */
    private static List<Diagnostic> leftoverWarnings(List<MojibakeScan.Leftover> leftovers, String file) {
        List<Diagnostic> out = new ArrayList<>();
        int lastLine = -1;
        int lines = 0;
        int firstUnlisted = 0;
        for (MojibakeScan.Leftover l : leftovers) {
            if (l.line() == lastLine) continue;
            lastLine = l.line();
            lines++;
            if (lines <= MAX_WARNINGS) {
                out.add(Diagnostic.warning(SourcePos.of(file, l.line()),
                        "mojibake \"" + visible(l.raw()) + "\" left as is: no character fits it",
                        "fix it by hand, or re-save the original file as UTF-8"));
            } else if (firstUnlisted == 0) {
                firstUnlisted = l.line();
            }
        }
        if (lines > MAX_WARNINGS) {
            out.add(Diagnostic.warning(SourcePos.of(file, firstUnlisted), String.format(Locale.ROOT,
                    "%,d more lines with unrepaired mojibake from here on (not listed)", lines - MAX_WARNINGS),
                    "fix them by hand, or re-save the original file as UTF-8"));
        }
        return out;
    }

    /** Quote text in a message; controls, no-break spaces and private-use characters would be invisible. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            boolean hidden = c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0xE000 && c <= 0xF8FF);
            sb.append(hidden ? String.format(Locale.ROOT, "\\u%04X", c) : new String(Character.toChars(c)));
        });
        return sb.toString();
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return true;
        }
        return false;
    }
}
