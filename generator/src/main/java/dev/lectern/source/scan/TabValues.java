package dev.lectern.source.scan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Docusaurus {@code <Tabs values={[{label: 'Apple', value: 'apple'}, …]}>}: the label each value has. Only literal
 * objects of quoted strings are read (what the docs show); anything computed gives no label, and the TabItem's value
 * stands in for it.
 */
final class TabValues {
    private TabValues() {
    }

    /** @param values the attribute's source text, braces dropped ({@link Tag}): {@code [{label: 'A', value: 'a'}, …]} */
    static Map<String, String> labels(String values) {
        Map<String, String> out = new LinkedHashMap<>();
        int at = values.indexOf('{');
        while (at >= 0) {
            int end = values.indexOf('}', at);
            if (end < 0) break;
            Map<String, String> object = pairs(values.substring(at + 1, end));
            String value = object.get("value");
            String label = object.get("label");
            if (value != null && label != null) out.putIfAbsent(value, label);
            at = values.indexOf('{', end);
        }
        return out;
    }

    /** {@code label: 'A', value: "a"} → its string-valued keys. */
    private static Map<String, String> pairs(String object) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : object.split(",")) {
            int colon = pair.indexOf(':');
            if (colon < 0) continue;
            String key = pair.substring(0, colon).strip().replace("'", "").replace("\"", "");
            String v = pair.substring(colon + 1).strip();
            if (v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"' || v.charAt(0) == '`') && v.charAt(v.length() - 1) == v.charAt(0)) {
                out.put(key, v.substring(1, v.length() - 1));
            }
        }
        return out;
    }
}
