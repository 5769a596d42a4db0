package dev.lectern.search;

import java.util.List;

/**
 * The few JSON shapes the exported files use, written by hand so the bytes are ours to keep deterministic. Strings are
 * ASCII-only ({@code \\uXXXX} for the rest), so a data file means the same under any charset a browser assumes, and
 * every file is valid JSON and valid JavaScript at once.
 */
final class Json {
    private Json() {
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String strings(List<String> list) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) sb.append(i == 0 ? "" : ",").append(string(list.get(i)));
        return sb.append(']').toString();
    }

    /** A data file: {@code (self.LecternSearchData ||= {})["name"] = payload;}, loadable by a script tag from file://. */
    static String script(String name, String payload) {
        return "(globalThis.LecternSearchData=globalThis.LecternSearchData||{})[" + string(name) + "]=" + payload + ";\n";
    }
}
