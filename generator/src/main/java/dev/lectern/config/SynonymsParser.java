package dev.lectern.config;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code synonyms:} a list of groups, each the words or phrases a reader may search for one thing, written as a list
 * ({@code - [hashmap, dictionary]}) or as one line of commas ({@code - string interpolation, f-string}). A malformed
 * group is an error at its line and is left out; the rest stand.
 */
final class SynonymsParser {
    private SynonymsParser() {
    }

    static List<List<String>> groups(Node v, String file, Diagnostics diagnostics) {
        if (!(v instanceof SequenceNode seq)) {
            diagnostics.report(Diagnostic.error(ConfigLoader.pos(file, v), "'synonyms' must be a list of groups",
                    "write one '- word, other word' line per group of words that mean the same"));
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            List<String> group = new ArrayList<>();
            if (item instanceof ScalarNode s) {
                for (String p : s.getValue().split(",")) if (!p.isBlank()) group.add(p.strip());
            } else if (item instanceof SequenceNode list) {
                for (Node n : list.getValue()) {
                    if (n instanceof ScalarNode s && !s.getValue().isBlank()) group.add(s.getValue().strip());
                    else group.clear();
                    if (group.isEmpty()) break;
                }
            }
            if (group.size() < 2) {
                diagnostics.report(Diagnostic.error(ConfigLoader.pos(file, item), "a synonyms group needs two or more words or phrases",
                        "write it as '- word, other word' or '- [word, other word]'; this group is left out"));
            } else {
                out.add(List.copyOf(group));
            }
        }
        return out;
    }
}
