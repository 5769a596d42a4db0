package dev.lectern.render;

import java.util.List;

/**
 * Just enough JSON for {@code questions.json} and the pages' JSON-LD: nested objects and arrays of string, number,
 * null and string-array fields, pretty-printed
 * with two spaces so diffs of the output stay readable. Field order is the caller's, so output is deterministic.
 */
final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    private int depth;
    private boolean first = true;

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    /** A field's name, before {@link #beginObject} or {@link #beginArray} gives its value. */
    JsonWriter name(String name) {
        key(name);
        return this;
    }

    JsonWriter field(String name, int value) {
        key(name);
        sb.append(value);
        return this;
    }

    /** A string as an item of the array being written. */
    JsonWriter value(String value) {
        item();
        sb.append(quote(value));
        return this;
    }

    /** A string field; null writes JSON null. */
    JsonWriter field(String name, String value) {
        key(name);
        sb.append(value == null ? "null" : quote(value));
        return this;
    }

    JsonWriter field(String name, List<String> values) {
        key(name);
        if (values.isEmpty()) {
            sb.append("[]");
            return this;
        }
        open('[');
        for (String v : values) {
            item();
            sb.append(quote(v));
        }
        return close(']');
    }

    @Override
    public String toString() {
        return sb + "\n";
    }

    private JsonWriter open(char c) {
        if (depth > 0 && sb.charAt(sb.length() - 1) != ' ') item();
        sb.append(c);
        depth++;
        first = true;
        return this;
    }

    private JsonWriter close(char c) {
        depth--;
        if (!first) newline();
        sb.append(c);
        first = false;
        return this;
    }

    private void key(String name) {
        item();
        sb.append(quote(name)).append(": ");
    }

    private void item() {
        if (!first) sb.append(',');
        newline();
        first = false;
    }

    private void newline() {
        sb.append('\n').append("  ".repeat(depth));
    }

    /** RFC 8259 escaping; U+2028/2029 too, so the text can also be embedded in a script. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                case '\b' -> q.append("\\b");
                case '\f' -> q.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        q.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) q.append(Character.forDigit((c >> shift) & 0xf, 16));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
