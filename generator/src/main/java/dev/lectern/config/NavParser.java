package dev.lectern.config;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code nav:} as MkDocs writes it: a list whose entries are a name ({@code - intro.md}, {@code - guides/}), a labelled
 * name ({@code - Getting started: intro.md}), or a folder with its own list ({@code - guides: [a.md, b.md]}; a key
 * that names no folder is a label for the folder its entries share, MkDocs' {@code - User guide: [user-guide/a.md]}).
 * A malformed entry is an error at its line and is left out; the rest of the list stands.
 */
final class NavParser {
    private NavParser() {
    }

    static List<NavEntry> entries(Node v, String file, Diagnostics diagnostics) {
        if (!(v instanceof SequenceNode seq)) {
            diagnostics.report(Diagnostic.error(ConfigLoader.pos(file, v), "'nav' must be a list",
                    "write one '- name.md' line per page or folder, in the order the navigation lists them"));
            return List.of();
        }
        List<NavEntry> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            NavEntry e = entry(item, file, diagnostics);
            if (e != null) out.add(e);
        }
        return out;
    }

    private static NavEntry entry(Node item, String file, Diagnostics diagnostics) {
        int line = ConfigLoader.pos(file, item).line();
        if (item instanceof ScalarNode s && !s.getValue().isBlank()) return new NavEntry("", s.getValue().strip(), null, line);
        if (item instanceof MappingNode m && m.getValue().size() == 1) {
            NodeTuple t = m.getValue().get(0);
            if (t.getKeyNode() instanceof ScalarNode k && !k.getValue().isBlank()) {
                String key = k.getValue().strip();
                Node value = t.getValueNode();
                if (value instanceof ScalarNode s && !s.getValue().isBlank()) return new NavEntry(key, s.getValue().strip(), null, line);
                if (value instanceof SequenceNode) return new NavEntry("", key, entries(value, file, diagnostics), line);
            }
        }
        diagnostics.report(Diagnostic.error(ConfigLoader.pos(file, item), "this nav entry is not a name, 'Label: name' or 'folder: [names]'",
                "write '- intro.md', '- Getting started: intro.md' or '- guides:' followed by its own list"));
        return null;
    }
}
