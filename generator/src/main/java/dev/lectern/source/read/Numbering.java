package dev.lectern.source.read;

/**
 * Question numbering prefixes: {@code Q3:}, {@code Question 3.}, {@code Challenge 2:}, {@code Exercise 4)}, {@code 3.},
 * {@code **3. …**}. A label word says it is a question; a bare number may as well be a step or a chapter.
 */
public final class Numbering {
    private Numbering() {
    }

    /** Words that label a numbered question; all but Q and Question stay in the title (they say what kind it is). */
    private static final String[] LABELS = {"Question ", "Challenge ", "Exercise ", "Problem ", "Task ", "Q"};

    public static boolean isNumbered(String text) {
        return parse(text) != null;
    }

    /** Numbered with a label word ({@code Q3:}, {@code Question 3.}, {@code Exercise 2:}), not a bare number. */
    public static boolean isLabelled(String text) {
        String[] p = parse(text);
        return p != null && !Character.isDigit(p[0].charAt(0));
    }

    /**
     * {@code text} without a leading question number ("Q3: Why …" → "Why …"), or {@code text} itself when it has none.
     * Challenges and exercises keep their label ("Challenge 2: Rate Limiter"): it says what kind of question they are.
     */
    public static String strip(String text) {
        String[] p = parse(text);
        if (p == null) return text;
        boolean keep = Character.isLetter(p[0].charAt(0)) && Character.toUpperCase(p[0].charAt(0)) != 'Q';
        return keep ? p[0] + ": " + p[1] : p[1];
    }

    /** {label, rest} for a numbered text, or null. */
    private static String[] parse(String text) {
        String s = unbold(text.strip());
        int k = 0;
        for (String word : LABELS) {
            if (s.regionMatches(true, 0, word, 0, word.length())) {
                k = word.length();
                break;
            }
        }
        int digits = k;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) digits++;
        if (digits == k || digits >= s.length()) return null;
        char sep = s.charAt(digits);
        if (sep != ':' && sep != '.' && sep != ')') return null;
        String rest = s.substring(digits + 1).strip();
        return rest.isEmpty() ? null : new String[] {s.substring(0, digits), rest};
    }

    /** The leading number ("3. Why …" → 3), or -1. */
    public static int number(String text) {
        String s = unbold(text.strip());
        int d = 0;
        while (d < s.length() && Character.isDigit(s.charAt(d))) d++;
        if (d == 0 || d > 4 || d >= s.length() || s.charAt(d) != '.') return -1;
        return Integer.parseInt(s.substring(0, d));
    }

    /** {@code **x**} → {@code x}, when the bold spans the whole text. */
    public static String unbold(String s) {
        if (s.length() > 4 && s.startsWith("**") && s.endsWith("**") && s.indexOf("**", 2) == s.length() - 2) {
            return s.substring(2, s.length() - 2).strip();
        }
        return s;
    }
}
