package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Tabs;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap line scans over Markdown that run before flexmark: the shallowest heading (to shift an answer's headings
 * below the page's) and the nesting depth (to refuse input that would overflow flexmark's recursive parser
 * the same way on every machine, whatever its thread stack size).
 */
final class MarkdownScan {
    /** flexmark overflows a 1 MB stack near 900 nested quotes; real content never nests past a dozen. */
    static final int MAX_DEPTH = 100;

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]|$)");

    private MarkdownScan() {
    }

    /** The smallest heading level among the blocks (nested ones included), or 0 when there is none. */
    static int minHeadingLevel(List<Block> blocks) {
        int min = 0;
        for (Block b : blocks) {
            int level = 0;
            if (b instanceof Heading h) level = h.level();
            else if (b instanceof Markdown m) level = minHeadingLevel(m.text());
            else if (b instanceof Callout c) level = minHeadingLevel(c.body());
            else if (b instanceof dev.lectern.model.Group g) {
                level = g.items().stream().mapToInt(item -> minHeadingLevel(item.body())).filter(l -> l > 0).min().orElse(0);
            }
            else if (b instanceof Tabs t) {
                level = t.tabs().stream().mapToInt(tab -> minHeadingLevel(tab.body())).filter(l -> l > 0).min().orElse(0);
            }
            if (level > 0 && (min == 0 || level < min)) min = level;
        }
        return min;
    }

    /** ATX headings outside fences; setext ones are missed, and the level clamp catches them instead. */
    static int minHeadingLevel(String markdown) {
        int min = 0;
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) fence = marker;
                else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) fence = null;
                continue;
            }
            if (fence != null) continue;
            Matcher h = ATX.matcher(line);
            if (h.find()) {
                int level = h.group(1).length();
                if (min == 0 || level < min) min = level;
            }
        }
        return min;
    }

    /** The deepest block quote or list nesting in the text, approximated per line. */
    static int nestingDepth(String markdown) {
        int max = 0;
        for (String line : markdown.split("\n", -1)) {
            int quotes = 0;
            int indent = 0; // columns since the last '>', which is where list nesting shows
            int i = 0;
            for (; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '>') {
                    quotes++;
                    indent = 0;
                } else if (c == ' ' || c == '\t') {
                    indent += c == '\t' ? 4 : 1;
                } else {
                    break;
                }
            }
            int lists = LIST_ITEM.matcher(line.substring(i)).find() ? 1 + indent / 2 : 0;
            max = Math.max(max, quotes + lists);
        }
        return max;
    }
}
