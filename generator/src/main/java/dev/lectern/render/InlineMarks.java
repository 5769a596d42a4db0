package dev.lectern.render;

import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Map;

/**
 * The inline styles of MkDocs Material (pymdownx): {@code ==mark==}, {@code ^^insert^^} and {@code ++ctrl+alt+del++}
 * (a key sequence), each a pair of doubled delimiters flexmark's delimiter machinery matches like emphasis, so a lone
 * {@code ++} (C++) or {@code ==} stays text. {@code ~~del~~} is GFM strikethrough, already on.
 */
final class InlineMarks {
    /** Key names pymdownx.keys spells differently from their code; any other key is shown capitalised. */
    private static final Map<String, String> KEY_NAMES = Map.ofEntries(Map.entry("ctrl", "Ctrl"), Map.entry("alt", "Alt"),
            Map.entry("shift", "Shift"), Map.entry("cmd", "Cmd"), Map.entry("del", "Del"), Map.entry("esc", "Esc"),
            Map.entry("enter", "Enter"), Map.entry("tab", "Tab"), Map.entry("space", "Space"), Map.entry("backspace", "Backspace"),
            Map.entry("pgup", "Page Up"), Map.entry("pgdn", "Page Down"), Map.entry("arrow-up", "↑"), Map.entry("arrow-down", "↓"),
            Map.entry("arrow-left", "←"), Map.entry("arrow-right", "→"), Map.entry("windows", "Win"), Map.entry("option", "Option"));

    private InlineMarks() {
    }

    /** One styled run; {@code tag} is the element it renders as ({@code mark}, {@code ins}, or {@code kbd} for keys). */
    static final class Styled extends DelimitedNodeImpl {
        final String tag;

        Styled(String tag, BasedSequence open, BasedSequence close) {
            this.tag = tag;
            setOpeningMarker(open);
            setText(open.baseSubSequence(open.getEndOffset(), close.getStartOffset()));
            setClosingMarker(close);
            setChars(open.baseSubSequence(open.getStartOffset(), close.getEndOffset()));
        }
    }

    static DelimiterProcessor processor(char c, String tag) {
        return new Pair(c, tag);
    }

    static void render(Styled node, NodeRendererContext context, HtmlWriter html) {
        if (!node.tag.equals("kbd")) {
            html.raw("<" + node.tag + ">");
            context.renderChildren(node);
            html.raw("</" + node.tag + ">");
            return;
        }
        // pymdownx.keys: "ctrl+alt+del" is three keys joined by '+'
        String[] keys = node.getText().toString().split("\\+");
        html.raw("<span class=\"keys\">");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) html.raw("<span class=\"keys__plus\">+</span>");
            html.raw("<kbd>").text(keyName(keys[i].strip())).raw("</kbd>");
        }
        html.raw("</span>");
    }

    static String keyName(String key) {
        String known = KEY_NAMES.get(key.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        return key.isEmpty() ? key : key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }

    private record Pair(char c, String tag) implements DelimiterProcessor {
        @Override
        public char getOpeningCharacter() {
            return c;
        }

        @Override
        public char getClosingCharacter() {
            return c;
        }

        @Override
        public int getMinLength() {
            return 2;
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return opener.length() >= 2 && closer.length() >= 2 ? 2 : 0;
        }

        @Override
        public void process(Delimiter opener, Delimiter closer, int used) {
            Styled node = new Styled(tag, opener.getTailChars(used), closer.getLeadChars(used));
            opener.moveNodesBetweenDelimitersTo(node, closer);
        }

        @Override
        public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
            return null;
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
                                   boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return leftFlanking;
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
                                   boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return rightFlanking;
        }

        @Override
        public boolean skipNonOpenerCloser() {
            return false;
        }
    }
}
