package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/**
 * PowerShell 7, case-insensitive as the language is: cmdlets ({@code Get-ChildItem}), parameters ({@code -Path}),
 * comparison operators ({@code -eq}), variables, type literals, here-strings and expandable strings.
 */
final class PowerShellGrammar {
    /** $name, $env:PATH, ${any name} (unclosed: to the line's end, so a failed search never rescans the line). */
    private static final String VARIABLE_REF = "\\$(?:\\{[^}\\n]*+\\}?|(?:[A-Za-z]++:)?[\\w?^$]++)";
    /** $( … ) inside a string: parentheses one deep and no quote, so it never holds a string in itself. */
    private static final String SUBEXPRESSION = "\\$\\((?:[^()\"\\n]|\\([^()\"\\n]*+\\))*+\\)";

    private PowerShellGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder ps = new GrammarBuilder("powershell");
        Prism4j.Grammar expandable = new GrammarBuilder("powershell-expandable").add(
                Rule.of(INTERP, SUBEXPRESSION).inside(ps.grammar()),
                Rule.of(VARIABLE, VARIABLE_REF),
                Rule.of(ESCAPE, "`[\\s\\S]")).grammar();
        return ps.add(
                new Delimited("powershell-delimited", "[#<@\"']")
                        .add(COMMENT, "<#[\\s\\S]*?(?:#>|\\z)|#[^\\n]*+")
                        .add(STRING, "@\"[ \\t]*+\\n[\\s\\S]*?(?:\\n\"@|\\z)", expandable)
                        .add(STRING, "@'[ \\t]*+\\n[\\s\\S]*?(?:\\n'@|\\z)")
                        .add(STRING, "\"(?:[^\"`$]|`[\\s\\S]?|\"\"|" + SUBEXPRESSION + "|\\$)*+\"?", expandable)
                        .add(STRING, "'(?:[^']|'')*+'?").rule(),
                Rule.of(FUNCTION, "(\\b(?:function|filter)[ \\t]++)[\\w-]++").lookbehind().ignoreCase(),
                Rule.of(VARIABLE, VARIABLE_REF),
                Rule.of(CLASS_NAME, "\\[[A-Za-z][\\w.]*+(?:\\[\\])?\\](?!\\s*+=)"),
                Rule.of(OPERATOR, "(?<![\\w-])-(?:[ci]?(?:eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains"
                        + "|in|notin|replace|split)|and|or|xor|not|band|bor|bxor|bnot|shl|shr|is|isnot|as|join|f)(?![\\w-])").ignoreCase(),
                Rule.of(PROPERTY, "(?<![\\w-])-[A-Za-z][\\w-]*+"),
                // Verb-Noun cmdlets, before the keywords (ForEach-Object is no foreach)
                Rule.of(FUNCTION, "(?<![\\w$-])[A-Za-z]++-[A-Za-z][\\w]*+(?![\\w-])"),
                Rule.of(KEYWORD, Rule.words("begin", "break", "catch", "class", "continue", "data", "do", "dynamicparam",
                        "else", "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach", "function", "if", "in",
                        "param", "process", "return", "switch", "throw", "trap", "try", "until", "using", "while")).ignoreCase(),
                Rule.of(CONSTANT, "\\$(?:true|false|null)\\b").ignoreCase(),
                Rule.of(BUILTIN, "((?:^|[|;{(])[ \\t]*+)(?:cd|ls|dir|cat|echo|cp|mv|rm|mkdir|iex|iwr|irm|where|select|sort|"
                        + "foreach|%|\\?)(?=[ \\t]|$)").lookbehind().ignoreCase(),
                Rule.of(NUMBER, "(?<![\\w.$-])(?:0x[0-9a-fA-F]++|\\d++(?:\\.\\d++)?(?:[eE][+-]?\\d++)?)(?:[kKmMgGtTpP][bB])?(?![\\w])"),
                Rule.of(OPERATOR, "\\.\\.|::|\\+\\+|--|&&|\\|\\||[-+*/%]?=|[!|&><*/%+-]"),
                Rule.of(PUNCTUATION, "[{}()\\[\\];,.@]")).grammar();
    }
}
