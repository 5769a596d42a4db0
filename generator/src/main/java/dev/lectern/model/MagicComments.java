package dev.lectern.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * Docusaurus magic comments: a line that is only {@code highlight-next-line}, {@code highlight-start} or
 * {@code highlight-end} inside a comment of any common style ({@code //}, {@code #}, {@code --}, {@code /* *}{@code /},
 * {@code {/* *}{@code /}}, {@code <!-- -->}) marks lines to highlight and is itself taken out of the code, as
 * Docusaurus does. An unmatched {@code highlight-start} marks to the end of the block.
 */
final class MagicComments {
    private MagicComments() {
    }

    record Result(String code, Set<Integer> marked) {
    }

    static Result apply(String code) {
        if (!code.contains("highlight-")) return new Result(code, Set.of());
        StringBuilder out = new StringBuilder(code.length());
        Set<Integer> marked = new TreeSet<>();
        int kept = 0;
        boolean nextLine = false;
        int open = 0;
        for (String line : code.split("\n", -1)) {
            String word = commentWord(line.strip());
            if (word != null) {
                switch (word) {
                    case "highlight-next-line" -> nextLine = true;
                    case "highlight-start" -> open++;
                    default -> open = Math.max(0, open - 1);
                }
                continue;
            }
            kept++;
            if (nextLine || open > 0) marked.add(kept);
            nextLine = false;
            if (kept > 1) out.append('\n');
            out.append(line);
        }
        return new Result(out.toString(), marked);
    }

    private static final String[][] STYLES = {{"{/*", "*/}"}, {"/*", "*/"}, {"<!--", "-->"}, {"//", ""}, {"#", ""},
            {"--", ""}, {";", ""}, {"%", ""}};

    /** The directive a line holds when it is nothing but a magic comment, else null. */
    private static String commentWord(String s) {
        for (String[] style : STYLES) {
            if (s.startsWith(style[0]) && s.endsWith(style[1]) && s.length() >= style[0].length() + style[1].length()) {
                String word = s.substring(style[0].length(), s.length() - style[1].length()).strip();
                return word.equals("highlight-next-line") || word.equals("highlight-start") || word.equals("highlight-end") ? word : null;
            }
        }
        return null;
    }
}
