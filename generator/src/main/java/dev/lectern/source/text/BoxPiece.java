package dev.lectern.source.text;

/**
 * Box-drawing characters (U+2500..U+257F) as pieces with arms and a line weight, read from their Unicode names
 * ("BOX DRAWINGS LIGHT DOWN AND LEFT" = ┐: arms left and down, weight light). Lets the lost-byte guess pick the
 * piece that connects to its neighbours instead of keeping a hand-made table for 128 characters.
 */
final class BoxPiece {
    static final int LEFT = 1;
    static final int RIGHT = 2;
    static final int UP = 4;
    static final int DOWN = 8;
    /** Weights: light, heavy, double, or mixed (pieces joining two weights). */
    static final char LIGHT = 'L';
    static final char HEAVY = 'H';
    static final char DOUBLE = 'D';
    static final char MIXED = 'M';

    private static final int FIRST = 0x2500;
    private static final int[] ARMS = new int[0x80];
    private static final char[] WEIGHT = new char[0x80];

    static {
        for (int i = 0; i < ARMS.length; i++) {
            String name = Character.getName(FIRST + i);
            if (name == null) name = ""; // a runtime without name data: no arms, the guess falls back to favourites
            int arms = 0;
            if (name.contains("LEFT") || name.contains("HORIZONTAL")) arms |= LEFT;
            if (name.contains("RIGHT") || name.contains("HORIZONTAL")) arms |= RIGHT;
            if (name.contains("UP") || name.contains("VERTICAL")) arms |= UP;
            if (name.contains("DOWN") || name.contains("VERTICAL")) arms |= DOWN;
            ARMS[i] = arms;
            boolean light = name.contains("LIGHT") || name.contains("SINGLE");
            boolean heavy = name.contains("HEAVY");
            boolean dbl = name.contains("DOUBLE") && !name.contains("DOUBLE DASH"); // ╍ is a heavy dashed line
            int kinds = (light ? 1 : 0) + (heavy ? 1 : 0) + (dbl ? 1 : 0);
            WEIGHT[i] = kinds != 1 ? MIXED : light ? LIGHT : heavy ? HEAVY : DOUBLE;
        }
    }

    private BoxPiece() {
    }

    static boolean is(int cp) {
        return cp >= FIRST && cp < FIRST + ARMS.length;
    }

    /** Bit set of {@link #LEFT} {@link #RIGHT} {@link #UP} {@link #DOWN}; 0 for anything else. */
    static int arms(int cp) {
        return is(cp) ? ARMS[cp - FIRST] : 0;
    }

    static char weight(int cp) {
        return is(cp) ? WEIGHT[cp - FIRST] : MIXED;
    }
}
