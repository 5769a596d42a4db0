package dev.lectern.render;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * flexmark parsers that leave out the extensions a text cannot use. Each extension costs every parse (its block
 * factories, options and inline triggers are set up per document), yet most are started only by a marker character
 * that most blocks never contain: a table by "|", a footnote by "[^", an admonition by "!!!" or "???". A text without
 * an extension's marker parses to the same tree with or without it, so each text gets the parser of just the
 * extensions whose markers it holds. A parser is built on first use and shared (parsers are immutable and thread-safe).
 */
final class ParserVariants {
    /** The optional extensions, each with the test that says a text may use it. */
    private enum Feature {
        /** {@code :shortcodes:}, {@code {: attribute lists}} and {@code *[abbreviations]}. */
        SHORTCODES(ParserVariants::mayHoldShortcodes),
        FOOTNOTES(t -> t.contains("[^")),
        TABLES(t -> t.indexOf('|') >= 0),
        /** MkDocs admonitions inside a list item ({@link ListCallouts}). */
        ADMONITIONS(t -> t.contains("!!!") || t.contains("???")),
        /** A definition list's ":" or "~" opens a line (after indentation or quote markers). */
        DEFINITIONS(ParserVariants::mayHoldDefinition),
        /** The autolinker starts at "://", "www." or an e-mail's "@". */
        AUTOLINKS(t -> t.contains("://") || t.indexOf('@') >= 0 || containsIgnoreCase(t, "www.")),
        STRIKETHROUGH(t -> t.indexOf('~') >= 0),
        TASKS(t -> t.indexOf('[') >= 0);

        final java.util.function.Predicate<String> mayUse;

        Feature(java.util.function.Predicate<String> mayUse) {
            this.mayUse = mayUse;
        }
    }

    private static final int ALL = (1 << Feature.values().length) - 1;
    private final Function<List<Extension>, Parser> build;
    private final List<Extension> always;
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(ALL + 1);

    /**
     * @param always the extensions every parser has (our renderers, which parse nothing)
     * @param build  makes a parser of the given extensions with the engine's options
     */
    ParserVariants(List<Extension> always, Function<List<Extension>, Parser> build) {
        this.always = List.copyOf(always);
        this.build = build;
    }

    /** The parser with every extension: for a whole document's definitions, where any marker may be anywhere. */
    Parser full() {
        return parser(ALL);
    }

    /** The parser for {@code markdown}: the extensions whose markers it holds. */
    Parser forText(String markdown) {
        int mask = 0;
        for (Feature f : Feature.values()) if (f.mayUse.test(markdown)) mask |= 1 << f.ordinal();
        return parser(mask);
    }

    /**
     * The extensions of {@code features}, in the order the renderer (built with all of them) has them: our renderers
     * ({@code always}) come after flexmark's table, list and admonition renderers, which they override.
     */
    static List<Extension> extensions(int features, List<Extension> always) {
        List<Extension> out = new ArrayList<>();
        if (has(features, Feature.TABLES)) out.add(TablesExtension.create());
        if (has(features, Feature.STRIKETHROUGH)) out.add(StrikethroughExtension.create());
        if (has(features, Feature.TASKS)) out.add(TaskListExtension.create());
        if (has(features, Feature.AUTOLINKS)) out.add(AutolinkExtension.create());
        if (has(features, Feature.DEFINITIONS)) out.add(DefinitionExtension.create());
        if (has(features, Feature.ADMONITIONS)) out.add(new ListCallouts());
        out.addAll(always);
        if (has(features, Feature.SHORTCODES)) out.addAll(List.of(AttributesExtension.create(), AbbreviationExtension.create()));
        out.add(new LecternSyntax(has(features, Feature.SHORTCODES), has(features, Feature.FOOTNOTES)));
        return out;
    }

    /** Every extension: what the renderer is built with. */
    static List<Extension> allExtensions(List<Extension> always) {
        return extensions(ALL, always);
    }

    private Parser parser(int mask) {
        Parser p = parsers.get(mask);
        if (p == null) {
            p = build.apply(extensions(mask, always));
            if (!parsers.compareAndSet(mask, null, p)) p = parsers.get(mask);
        }
        return p;
    }

    private static boolean has(int features, Feature f) {
        return (features & (1 << f.ordinal())) != 0;
    }

    /** A shortcode ({@code :x}), an attribute list ({@code {}) or an abbreviation ({@code *[}) may be in it. */
    private static boolean mayHoldShortcodes(String markdown) {
        for (int i = markdown.indexOf(':'); i >= 0 && i + 1 < markdown.length(); i = markdown.indexOf(':', i + 1)) {
            char next = markdown.charAt(i + 1);
            if (Character.isLetterOrDigit(next) || next == '+' || next == '_' || next == '-') return true;
        }
        return markdown.indexOf('{') >= 0 || markdown.contains("*[");
    }

    /** Some line's first character past white space, quote and list markers is ":" or "~" (a guess that errs towards yes). */
    private static boolean mayHoldDefinition(String markdown) {
        boolean lineStart = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
            } else if (lineStart && (c == ':' || c == '~')) {
                return true;
            } else if (" \t>-*+.)0123456789".indexOf(c) < 0) {
                lineStart = false;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            int start = i - part.length() + 1;
            if (start >= 0 && text.regionMatches(true, start, part, 0, part.length())) return true;
        }
        return false;
    }
}
