package dev.lectern.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * YAML for {@code lectern.yml} and front matter, bounded. Aliases let 470 bytes name billions of values (48 aliases,
 * under the library's default limit of 50, ran a build out of memory), so a document may use few aliases, may be at
 * most {@link #MAX_CODE_POINTS} long, and may expand (aliases followed) to at most {@link #MAX_VALUES} values nested at
 * most {@link #MAX_DEPTH} deep; past that it is {@link TooLarge}, reported at its line.
 */
public final class Yaml {
    static final int MAX_ALIASES = 20;
    static final int MAX_CODE_POINTS = 1 << 20;
    static final int MAX_VALUES = 10_000;
    static final int MAX_DEPTH = 64;

    private Yaml() {
    }

    /** A document past the bounds; {@code line} is 1-based within the YAML text. */
    public static final class TooLarge extends Exception {
        public final int line;

        TooLarge(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static LoadSettings settings(String label) {
        return LoadSettings.builder().setLabel(label).setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_CODE_POINTS)
                .setAllowRecursiveKeys(false).build();
    }

    /** The document's node tree, checked against the bounds; empty for an empty document. */
    public static Optional<Node> compose(String yaml, String label) throws TooLarge {
        if (yaml.length() > MAX_CODE_POINTS) throw new TooLarge("is longer than " + MAX_CODE_POINTS + " characters", 1);
        LoadSettings settings = settings(label);
        Optional<Node> root;
        try {
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml))).getSingleNode();
        } catch (StackOverflowError e) {
            throw new TooLarge("is nested too deeply (more than " + MAX_DEPTH + " levels)", 1);
        }
        if (root.isPresent()) checkSize(root.get());
        return root;
    }

    /** Plain Java values (maps, lists, strings, numbers) of a checked document, as snakeyaml-engine builds them. */
    public static Object construct(Node node, String label) {
        return new StandardConstructor(settings(label)).constructSingleDocument(Optional.of(node));
    }

    /** Counts the values the tree expands to, aliases followed, stopping at the first bound it passes. */
    private static void checkSize(Node root) throws TooLarge {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        int values = 0;
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop();
            if (++values > MAX_VALUES) {
                throw new TooLarge("expands to more than " + MAX_VALUES + " values (aliases repeat what they name)", line(n));
            }
            if (depth > MAX_DEPTH) throw new TooLarge("is nested too deeply (more than " + MAX_DEPTH + " levels)", line(n));
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    nodes.push(t.getKeyNode());
                    depths.push(depth + 1);
                    nodes.push(t.getValueNode());
                    depths.push(depth + 1);
                }
            } else if (n instanceof SequenceNode s) {
                for (Node item : s.getValue()) {
                    nodes.push(item);
                    depths.push(depth + 1);
                }
            }
        }
    }

    static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    /** The line a library error points at (1-based), or 1. */
    public static int line(YamlEngineException e) {
        return e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m && m.getProblemMark().isPresent()
                ? m.getProblemMark().get().getLine() + 1 : 1;
    }
}
