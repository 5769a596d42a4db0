package dev.lectern.source.read;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.SourcePos;
import dev.lectern.source.scan.BlockScanner;
import dev.lectern.source.scan.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MDX variables: {@code export const productName = 'Harbour';} in the page, or in a snippet file imported by name
 * ({@code import { productName } from '/snippets/vars.mdx';}, as Mintlify documents it), and {@code {productName}} in
 * the text shows its value. A value is a string, number or boolean literal, or an object of those on one line
 * ({@code {productName.key}}); anything computed is beyond a static reader. An expression with no value Lectern knows
 * gets a warning at its line and is shown as code, its name readable and no brace printed. Fenced and inline code keep
 * their braces; so do TeX ({@code x^{n}}) and attribute values ({@code cols={2}}).
 */
final class MdxVariables {
    /** Longer than any name path an author writes; bounds the look-ahead for the closing brace. */
    private static final int MAX_EXPRESSION = 80;

    private MdxVariables() {
    }

    /** Adds the variable(s) that {@code export const name = literal;} defines to {@code vars}; false when it defines none we can read. */
    static boolean define(String statement, Map<String, String> vars) {
        String s = statement.strip();
        if (!s.startsWith("export const ")) return false;
        if (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        int eq = s.indexOf('=');
        if (eq < 0) return false;
        String name = s.substring("export const ".length(), eq).strip();
        String value = s.substring(eq + 1).strip();
        if (!isName(name)) return false;
        if (value.startsWith("{") && value.endsWith("}")) {
            boolean any = false;
            for (String pair : value.substring(1, value.length() - 1).split(",")) {
                int colon = pair.indexOf(':');
                String key = colon < 0 ? "" : unquote(pair.substring(0, colon).strip());
                String v = colon < 0 ? null : literal(pair.substring(colon + 1).strip());
                if (isName(key) && v != null) {
                    vars.put(name + "." + key, v);
                    any = true;
                }
            }
            return any;
        }
        String v = literal(value);
        if (v != null) vars.put(name, v);
        return v != null;
    }

    /** Each {@code {name}} outside code replaced by its value, or by the name as code with a warning. */
    static List<Line> fill(List<Line> lines, Map<String, String> vars, Document doc) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int codeEnd = BlockScanner.fencedBlockEnd(lines, i);
            if (codeEnd >= 0) {
                out.addAll(lines.subList(i, codeEnd + 1));
                i = codeEnd;
                continue;
            }
            Line l = lines.get(i);
            out.add(l.text().indexOf('{') < 0 ? l : new Line(fill(l, vars, doc), l.number()));
        }
        return out;
    }

    private static String fill(Line line, Map<String, String> vars, Document doc) {
        String s = line.text();
        StringBuilder sb = new StringBuilder(s.length());
        java.util.Set<Integer> unmatched = new java.util.HashSet<>(); // backtick run lengths with no closer further on: searched once
        int k = 0;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '`') { // an inline code span: copied as it is, up to the same run of backticks
                int run = k;
                while (run < s.length() && s.charAt(run) == '`') run++;
                int close = unmatched.contains(run - k) ? -1 : s.indexOf(s.substring(k, run), run);
                if (close < 0) unmatched.add(run - k);
                int end = close < 0 ? run : close + (run - k);
                sb.append(s, k, end);
                k = end;
                continue;
            }
            int close = -1;
            for (int e = k + 1; c == '{' && e < Math.min(s.length(), k + MAX_EXPRESSION); e++) {
                if (s.charAt(e) == '}') {
                    close = e;
                    break;
                }
            }
            String expr = close > k ? s.substring(k + 1, close).strip() : "";
            char before = k > 0 ? s.charAt(k - 1) : ' ';
            if (expr.isEmpty() || !isPath(expr) || "=\\^_$".indexOf(before) >= 0) {
                sb.append(c);
                k++;
                continue;
            }
            String value = vars.get(expr);
            if (value != null) {
                sb.append(escape(value));
            } else {
                doc.diagnostics().add(Diagnostic.warning(SourcePos.of(doc.file(), line.number()),
                        "MDX expression {" + expr + "} has no value Lectern can read; its name is shown as code",
                        "give it a value: as a prop of the snippet's tag (" + expr.split("\\.")[0] + "=\"…\"), as export const "
                                + expr.split("\\.")[0] + " = '…'; on the page, or imported by name from a snippet file of the content folder"));
                sb.append('`').append(expr).append('`');
            }
            k = close + 1;
        }
        return sb.toString();
    }

    /** A string, number or boolean literal's text, or null. */
    private static String literal(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"' || v.charAt(0) == '`') && v.charAt(v.length() - 1) == v.charAt(0)) {
            String inner = v.substring(1, v.length() - 1);
            return v.charAt(0) == '`' && inner.contains("${") ? null : inner;
        }
        if (v.equals("true") || v.equals("false") || v.matches("-?\\d{1,15}(?:\\.\\d{1,15})?")) return v;
        return null;
    }

    private static String unquote(String key) {
        return key.length() >= 2 && (key.charAt(0) == '\'' || key.charAt(0) == '"') && key.charAt(key.length() - 1) == key.charAt(0)
                ? key.substring(1, key.length() - 1) : key;
    }

    /** A value is text, not Markdown (JSX prints it as it is): characters Markdown would read are escaped. */
    private static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            if ("\\`*_[]<>{}#|~".indexOf(ch) >= 0) sb.append('\\');
            sb.append(ch);
        }
        return sb.toString();
    }

    private static boolean isPath(String expr) {
        for (String part : expr.split("\\.", -1)) {
            if (!isName(part)) return false;
        }
        return true;
    }

    static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' || s.charAt(0) == '$')) return false;
        for (int i = 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isLetterOrDigit(ch) && ch != '_' && ch != '$') return false;
        }
        return true;
    }
}
