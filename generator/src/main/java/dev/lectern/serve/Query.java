package dev.lectern.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parameters of a raw query string ({@code a=1&b=%2Fx}), decoded; the first of a repeated name wins. */
final class Query {
    private Query() {
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                out.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a broken escape: the parameter is left out
            }
        }
        return out;
    }
}
