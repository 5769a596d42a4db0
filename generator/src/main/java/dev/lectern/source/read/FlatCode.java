package dev.lectern.source.read;

/**
 * Python flattened onto one line by a web page ({@code from typing import final @final class Base: pass}) gets its
 * line breaks back where the grammar leaves no doubt: before a decorator, {@code class}, {@code def}, {@code import}
 * or {@code from} statement, and after a block's colon. Other languages, and anything ambiguous, stay as they are.
 */
final class FlatCode {
    private static final String[] STATEMENTS = {"from ", "import ", "class ", "def ", "@", "return ", "if __name__"};

    private FlatCode() {
    }

    static String reflow(String code, String lang) {
        if (!lang.equals("python") || code.contains("\n")) return code;
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        String indent = "";
        int at = 0;
        while (at < code.length()) {
            int space = code.indexOf(' ', at);
            int end = space < 0 ? code.length() : space;
            String word = code.substring(at, end);
            boolean starts = line.length() > 0 && startsStatement(code, at, line);
            at = end + 1;
            if (starts) {
                out.append(indent).append(line.toString().strip()).append('\n');
                indent = line.toString().strip().endsWith(":") ? "    " : indent.isEmpty() ? "" : indent;
                line.setLength(0);
            }
            line.append(word).append(' ');
            if (word.endsWith(":") && (line.toString().startsWith("class ") || line.toString().startsWith("def "))) {
                out.append(indent).append(line.toString().strip()).append('\n');
                indent += "    ";
                line.setLength(0);
            }
        }
        if (line.length() > 0) out.append(indent).append(line.toString().strip());
        return out.toString().strip();
    }

    private static boolean startsStatement(String code, int at, CharSequence current) {
        for (String s : STATEMENTS) {
            if (code.startsWith(s, at)) {
                // "from x import y": the import belongs to the from
                return !(s.equals("import ") && current.toString().startsWith("from "));
            }
        }
        return false;
    }
}
