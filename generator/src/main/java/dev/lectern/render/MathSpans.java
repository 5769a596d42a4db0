package dev.lectern.render;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * TeX math in prose, {@code $…$} inline and {@code $$…$$} displayed (GitHub, MkDocs arithmatex, Docusaurus with KaTeX),
 * and {@code ```math} fences: shown as the TeX source in a math span, without the dollars (no maintained Java library
 * turns TeX into MathML at build time). A dollar is math only the way Pandoc reads it: the opening {@code $} is followed
 * by a non-space, the closing one follows a non-space and is not followed by a digit, so prices ({@code $0.02 and
 * $5}) stay text. The search for a closing dollar is bounded, keeping a paragraph full of dollars linear.
 */
final class MathSpans implements InlineParserExtension {
    /** How far an inline formula may reach; displayed ones span lines and may be long (matrices). */
    private static final int INLINE_LIMIT = 1_000;
    private static final int DISPLAY_LIMIT = 20_000;

    static final class Formula extends Node {
        final boolean display;
        final String tex;

        Formula(BasedSequence chars, boolean display, String tex) {
            super(chars);
            this.display = display;
            this.tex = tex;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new MathSpans();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    /** The HTML of a formula. */
    static String html(boolean display, String tex) {
        return "<span class=\"math math--" + (display ? "display" : "inline") + "\">" + Html.escapeText(tex.strip()) + "</span>";
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int at = parser.getIndex();
        if (at > 0 && Character.isLetterOrDigit(input.charAt(at - 1))) return false; // US$5
        boolean display = at + 1 < input.length() && input.charAt(at + 1) == '$';
        int from = at + (display ? 2 : 1);
        int end = display ? displayEnd(input, from) : inlineEnd(input, from);
        if (end < 0) return false;
        String tex = input.subSequence(from, end).toString();
        if (tex.isBlank()) return false;
        int after = end + (display ? 2 : 1);
        parser.flushTextNode();
        Formula formula = new Formula(input.subSequence(at, after), display, tex);
        // its TeX as text, for what reads a node's text: a heading's id is "amortized-o1-append", as search derives it
        formula.appendChild(new com.vladsch.flexmark.ast.Text(input.subSequence(from, end)));
        parser.getBlock().appendChild(formula);
        parser.setIndex(after);
        return true;
    }

    private static int displayEnd(BasedSequence s, int from) {
        int limit = Math.min(s.length() - 1, from + DISPLAY_LIMIT);
        for (int i = from; i < limit; i++) if (s.charAt(i) == '$' && s.charAt(i + 1) == '$') return i;
        return -1;
    }

    private static int inlineEnd(BasedSequence s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '$') return -1;
        int limit = Math.min(s.length(), from + INLINE_LIMIT);
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++; // \$ inside TeX is a dollar sign
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(s.charAt(i - 1)) && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)));
                if (closes) return i;
            } else if (c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }
}
