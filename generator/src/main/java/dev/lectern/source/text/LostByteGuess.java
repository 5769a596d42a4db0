package dev.lectern.source.text;

/**
 * Chooses the byte(s) that vanished from a UTF-8 sequence decoded as Windows-1252 (81, 8D, 8F, 90, 9D are undefined
 * there and get dropped). Several fillers usually give a valid code point (E2 _ 8C: ❌ but also ⌐, ␌ …), so each
 * candidate is scored: characters documents actually use win over merely valid ones, and on a line that draws boxes
 * the piece that connects to its neighbours wins. A tie at the top means we do not know: no repair.
 */
final class LostByteGuess {
    private LostByteGuess() {
    }

    static final int NONE = -1;
    static final int AMBIGUOUS = -2;

    /**
     * What the scanner knows about the surroundings of the damaged sequence. {@code prevArms}/{@code nextArms} are
     * the neighbouring box pieces' arms ({@link BoxPiece}), -1 when the neighbour is not a box piece; a neighbour that
     * is itself damaged counts as reaching towards us, since adjacent pieces on a row almost always join.
     */
    record Context(boolean boxLine, char lineWeight, int prevArms, boolean prevSpace, int nextArms, boolean nextSpace,
            boolean betweenEmoji) {
    }

    /**
     * Characters that need one of the lost bytes and are common in docs, most likely first; the order breaks ties
     * (e.g. ðŸ“ + lost byte: 📝 before 📁 before 📍). Each one was checked to contain a lost byte in its UTF-8 form.
     */
    static final int[] FAVOURITES = {
        0x201D, 0xFE0F, 0x2190, 0x2510, 0x2550, 0x255D, 0x274C, 0x2753, 0x2757, 0x2764, 0x275E, 0x21D0,
        0x23F0, 0x23F1, 0x23F3, 0x23E9, 0x23F8, 0x2610, 0x2601, 0x270D, 0x270F,
        0x1F40D, 0x1F50D, 0x1F4DD, 0x1F4C1, 0x1F44D, 0x1F510, 0x1F3C6, 0x1F3E0, 0x1F4CD,
    };

    /**
     * @param known the lead byte at [0] and the {@code k} continuation bytes that survived after it
     * @return the repaired code point; {@link #NONE} when no candidate is plausible (e.g. "é”" in ordinary text);
     *     {@link #AMBIGUOUS} when the best plausible candidates tie
     */
    static int guess(int[] known, int k, int len, int[] lost, Context ctx) {
        int missing = len - 1 - k;
        if (lost.length == 0 || k < 1 || missing < 1 || missing > 2 || (missing == 2 && len != 4)) return NONE;
        int best = NONE;
        int bestScore = 0;
        boolean tie = false;
        int[] seq = new int[4];
        int combos = missing == 1 ? lost.length : lost.length * lost.length;
        for (int mask = 1; mask < 1 << (len - 1); mask++) { // bit p set: position p+1 is a lost byte
            if (Integer.bitCount(mask) != missing) continue;
            for (int combo = 0; combo < combos; combo++) {
                seq[0] = known[0];
                int nextKnown = 1;
                int nextLost = combo;
                for (int p = 1; p < len; p++) {
                    if ((mask & 1 << (p - 1)) != 0) {
                        seq[p] = lost[nextLost % lost.length];
                        nextLost /= lost.length;
                    } else {
                        seq[p] = known[nextKnown++];
                    }
                }
                int cp = Utf8.decode(seq, len);
                if (cp < 0) continue;
                int s = score(cp, ctx);
                if (s > bestScore) {
                    best = cp;
                    bestScore = s;
                    tie = false;
                } else if (s == bestScore && s > 0 && cp != best) {
                    tie = true;
                }
            }
        }
        return tie ? AMBIGUOUS : best;
    }

    static int score(int cp, Context ctx) {
        if (cp == 0x200D) return ctx.betweenEmoji() ? 500 : 0; // zero-width joiner inside 👩‍💻-style sequences
        if (ctx.boxLine() && BoxPiece.is(cp)) return boxScore(cp, ctx);
        for (int i = 0; i < FAVOURITES.length; i++) {
            if (FAVOURITES[i] == cp) return 100 - i;
        }
        return plausible(cp) ? 10 : 0;
    }

    /**
     * On a line that draws boxes any box piece beats the favourites (so ┐ beats ❔ for "â”"); among pieces, the one
     * whose arms meet its neighbours' arms and whose weight matches the line's wins: "─┐⏎" is ┐, "┏━━┓" is ━ inside.
     */
    private static int boxScore(int cp, Context ctx) {
        int arms = BoxPiece.arms(cp);
        int s = 200;
        if (ctx.prevArms() >= 0 && (ctx.prevArms() & BoxPiece.RIGHT) != 0) {
            s += (arms & BoxPiece.LEFT) != 0 ? 60 : -60;
        } else if ((ctx.prevSpace() || ctx.prevArms() >= 0) && (arms & BoxPiece.LEFT) == 0) {
            s += 20;
        }
        if (ctx.nextArms() >= 0 && (ctx.nextArms() & BoxPiece.LEFT) != 0) {
            s += (arms & BoxPiece.RIGHT) != 0 ? 60 : -60;
        } else if ((ctx.nextSpace() || ctx.nextArms() >= 0) && (arms & BoxPiece.RIGHT) == 0) {
            s += 20;
        }
        if (BoxPiece.weight(cp) == ctx.lineWeight()) s += 20;
        return s;
    }

    /** Blocks that mojibake in docs realistically comes from; APL, control pictures, braille, CJK are left out. */
    static boolean plausible(int cp) {
        return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E)
                || (cp >= 0x2070 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x22FF)
                || (cp >= 0x2300 && cp <= 0x2335) || (cp >= 0x237B && cp <= 0x23FF)
                || (cp >= 0x2500 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF)
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }

}
