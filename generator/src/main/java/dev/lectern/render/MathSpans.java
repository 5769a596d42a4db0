package dev.lectern.render;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.lectern.model.MathDollars;
import java.util.Set;

/**
 * TeX math in prose, {@code $…$} inline and {@code $$…$$} displayed (GitHub, MkDocs arithmatex, Docusaurus with KaTeX),
 * and {@code ```math} fences: shown as the TeX source in a math span, without the dollars (no maintained Java library
 * turns TeX into MathML at build time). Which dollars are math is {@link MathDollars}'s rule, which search shares.
 */
final class MathSpans implements InlineParserExtension {
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
        MathDollars.Span span = MathDollars.at(input, at);
        if (span == null) return false;
        parser.flushTextNode();
        Formula formula = new Formula(input.subSequence(at, span.after()), span.display(), input.subSequence(span.from(), span.end()).toString());
        // its TeX as text, for what reads a node's text: a heading's id is "amortized-o1-append", as search derives it
        formula.appendChild(new com.vladsch.flexmark.ast.Text(input.subSequence(span.from(), span.end())));
        parser.getBlock().appendChild(formula);
        parser.setIndex(span.after());
        return true;
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }
}
