package dev.lectern.render.highlight;

import dev.lectern.render.CodeHighlighter;
import io.noties.prism4j.Prism4j;
import java.util.List;

/**
 * Build-time syntax highlighting: prism4j's tokenizer with our grammars ({@link Languages}). Built once (it compiles
 * every grammar's regexes) and shared: it holds no mutable state, so pages may be highlighted in parallel.
 * A language it does not know, and code it cannot tokenize, come out escaped and otherwise untouched.
 */
public final class Highlighter implements CodeHighlighter {
    /**
     * Longer code is only escaped. The engine copies the rest of a fragment at each token, so on dense code its time
     * grows faster than the length; this is 8 times the largest block of the guides.
     */
    static final int MAX_CHARS = 100_000;

    private static final class Shared {
        static final Highlighter INSTANCE = new Highlighter();
    }

    private final Languages languages = new Languages();
    private final Prism4j prism = new Prism4j(languages);

    /** The instance every renderer may share. */
    public static Highlighter shared() {
        return Shared.INSTANCE;
    }

    @Override
    public String highlight(String language, String code) {
        Prism4j.Grammar grammar = code.length() > MAX_CHARS ? null : languages.grammarFor(language, code);
        if (grammar == null) return HtmlSpans.escape(code);
        try {
            return tokenize(grammar, code);
        } catch (RuntimeException | StackOverflowError e) {
            // a grammar bug must cost one block its colours, never the page or the build
            return HtmlSpans.escape(code);
        }
    }

    @Override
    public List<String> lines(String language, String code) {
        Prism4j.Grammar grammar = code.length() > MAX_CHARS ? null : languages.grammarFor(language, code);
        if (grammar != null && !code.isEmpty()) {
            try {
                return HtmlSpans.renderLines(prism.tokenize(code, grammar), code.length());
            } catch (RuntimeException | StackOverflowError e) {
                // as in highlight(): the block loses its colours, nothing else
            }
        }
        return List.of(HtmlSpans.escape(code).split("\n", -1));
    }

    /** Highlights without the safety net, so tests see a grammar's failures; null for an unknown language. */
    String strict(String language, String code) {
        Prism4j.Grammar grammar = languages.grammarFor(language, code);
        return grammar == null ? null : tokenize(grammar, code);
    }

    /** The canonical language names, each with its aliases, in a stable order. */
    public List<List<String>> languages() {
        return languages.names();
    }

    Languages languageTable() {
        return languages;
    }

    private String tokenize(Prism4j.Grammar grammar, String code) {
        if (code.isEmpty()) return "";
        return HtmlSpans.render(prism.tokenize(code, grammar), code.length());
    }
}
