package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.ESCAPE;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.INTERP;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.META;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/**
 * POSIX shell and bash. A simple command ({@code pip install -r requirements.txt}, up to {@code ;}, {@code |},
 * {@code &&} or the line's end, backslash-newlines included) is one token, so that only its first word is the
 * command ({@code function}, or {@code builtin}); a token of its own would leave the arguments looking like commands
 * to the engine, which treats the start of every fragment as the start of a line.
 */
final class ShellGrammar {
    private static final String KEYWORDS = "if|then|else|elif|fi|case|esac|for|select|while|until|do|done|in|function|time|coproc";
    private static final String BUILTINS = "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|continue|"
            + "declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|"
            + "let|local|logout|mapfile|popd|printf|pushd|pwd|read|readarray|readonly|return|set|shift|shopt|source|"
            + "suspend|test|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait";
    /** Where a command starts: a line, or after ; & | ( ` $( and the keywords that take a command. */
    private static final String COMMAND_START = "((?:^|[;&|(`]|\\$\\(|\\b(?:then|do|else|elif|if|while|until|time|!)(?=[ \\t]))[ \\t]*+)";
    private static final String WORD_END = "(?![\\w./~+:=-])";
    private static final String COMMAND_WORD = "(?!(?:" + KEYWORDS + ")" + WORD_END + ")[A-Za-z_./~][\\w./~+:-]*+" + WORD_END;
    private static final String DOUBLE_QUOTED_BODY = "(?:[^\"\\\\]|\\\\[\\s\\S]?)*+\"?";
    /**
     * A command substitution, with closed parentheses and quoted strings inside but no substitution in those, so that
     * nesting stays shallow: {@code $($($(…} unclosed must not become one token inside another a thousand times deep.
     */
    private static final String SUBSTITUTION = "\\$\\((?:[^()\"'\\\\]|\\\\[\\s\\S]?|\"(?:[^\"\\\\$]|\\\\[\\s\\S]?|\\$(?!\\())*+\""
            + "|'[^']*+'|\\([^()]*+\\))*+\\)?";
    /**
     * The arguments of a simple command: quoted strings and substitutions whole, redirections like 2>&1 included; it
     * stops before a comment and before a heredoc's {@code <<}, which are tokens of their own.
     */
    private static final String ARGUMENTS = "(?:[<>]&|&>|<(?!<)|[^\\n;&|()\"'\\\\`$#<]|(?<=\\S)#|\\\\[\\s\\S]?|\""
            + DOUBLE_QUOTED_BODY + "|'[^']*+'?|`[^`]*+`?|" + SUBSTITUTION + "|\\$)*+";
    private static final String VARIABLE_REF = "\\$(?:\\{[^}\\n]*+\\}?|[A-Za-z_]\\w*+|[0-9@*#?$!-])";
    private static final String ANSI_C = "\\$'(?:[^'\\\\]|\\\\[\\s\\S]?)*+'?";
    private static final String DOUBLE_QUOTED = "\"(?:[^\"\\\\$]|\\\\[\\s\\S]?|" + SUBSTITUTION + "|\\$)*+\"?";
    private static final String SINGLE_QUOTED = "'[^']*+'?";
    /** <<EOF … EOF, <<-'EOF' …: to the terminator line, or the end. */
    private static final String HEREDOC = "(?<!<)<<-?(?!<)[ \\t]*(?<q>['\"]?)(?<w>[A-Za-z_][\\w-]*+)\\k<q>[^\\n]*+"
            + "(?:[\\s\\S]*?\\n[ \\t]*\\k<w>(?=\\n|\\z)|[\\s\\S]*+)";

    /** NAME= and NAME+=; an = elsewhere is part of a word (--cov=app). */
    private static final Prism4j.Grammar ASSIGNMENT = new GrammarBuilder("shell-assignment")
            .add(Rule.of(VARIABLE, "\\A[A-Za-z_]\\w*+"), Rule.of(OPERATOR, "\\+?=")).grammar();

    private ShellGrammar() {
    }

    static Prism4j.Grammar create() {
        GrammarBuilder shell = new GrammarBuilder("shell");
        GrammarBuilder heredoc = new GrammarBuilder("shell-heredoc");
        GrammarBuilder command = new GrammarBuilder("shell-command");
        GrammarBuilder words = new GrammarBuilder("shell-words");
        GrammarBuilder doubleQuoted = new GrammarBuilder("shell-double-quoted");
        GrammarBuilder substitution = new GrammarBuilder("shell-substitution");
        Prism4j.Grammar ansiEscapes = new GrammarBuilder("shell-ansi-c").add(Rule.of(ESCAPE, "\\\\[\\s\\S]")).grammar();

        // the shared grammars first: addAll copies the tokens a grammar has at that moment
        words.add(
                new Delimited("shell-quoted", "[$'\"]")
                        .add(STRING, ANSI_C, ansiEscapes)
                        .add(STRING, DOUBLE_QUOTED, doubleQuoted.grammar())
                        .add(STRING, SINGLE_QUOTED).rule(),
                Rule.of(INTERP, SUBSTITUTION + "|`[^`]*+`?").inside(substitution.grammar()),
                Rule.of(VARIABLE, VARIABLE_REF),
                Rule.of(NUMBER, "(?<![\\w./:=+-])\\d++(?![\\w./:-])"),
                Rule.of(OPERATOR, "&&|\\|\\||;;|<<-?|\\d?>>?&?\\d*+|<<<|&>|[<|&;!]"),
                Rule.of(PUNCTUATION, "\\$\\(\\(|\\$\\(|\\[\\[|\\]\\]|[()\\[\\]{}`]"));
        doubleQuoted.add(
                Rule.of(ESCAPE, "\\\\[$`\"\\\\\\n]"),
                Rule.of(INTERP, SUBSTITUTION + "|`[^`]*+`?").inside(substitution.grammar()),
                Rule.of(VARIABLE, VARIABLE_REF));
        command.add(
                // before the builtin splits it off: `export NAME=…` needs to see its builtin
                Rule.structural("(\\A(?:export|local|declare|readonly|typeset)(?:[ \\t]++-\\w++)*+[ \\t]++)[A-Za-z_]\\w*+\\+?=")
                        .lookbehind().inside(ASSIGNMENT),
                Rule.of(BUILTIN, "\\A(?:" + BUILTINS + ")" + WORD_END),
                Rule.of(FUNCTION, "\\A[A-Za-z_./~][\\w./~+:-]*+"))
                .addAll(words.grammar());
        // not the heredoc itself: its first line would match it again, without end
        heredoc.add(Rule.of(STRING, "(\\A[^\\n]*+)\\n[\\s\\S]++").lookbehind()).addAll(words.grammar());
        shell.add(
                Rule.of(META, "\\A#![^\\n]*+"),
                Rule.of(FUNCTION, "(\\bfunction[ \\t]+)[\\w.:-]++").lookbehind(),
                Rule.of(FUNCTION, "(^[ \\t]*+)[A-Za-z_][\\w.:-]*+(?=[ \\t]*\\(\\))").lookbehind(),
                Rule.structural(COMMAND_START + COMMAND_WORD + ARGUMENTS).lookbehind().inside(command.grammar()),
                Rule.structural("(^[ \\t]*+|\\b(?:export|local|declare|readonly|typeset)[ \\t]++)[A-Za-z_]\\w*+\\+?=")
                        .lookbehind().inside(ASSIGNMENT),
                // greedy: a comment, heredoc or string wins over the commands found inside it
                new Delimited("shell-delimited", "[#<$'\"]")
                        .add(COMMENT, "(?<![^\\s;|&(])#[^\\n]*+")
                        .addStructural(HEREDOC, heredoc.grammar())
                        .add(STRING, ANSI_C, ansiEscapes)
                        .add(STRING, DOUBLE_QUOTED, doubleQuoted.grammar())
                        .add(STRING, SINGLE_QUOTED).rule().greedy())
                .addAll(words.grammar())
                .add(Rule.of(KEYWORD, "(?<![\\w$/.-])(?:" + KEYWORDS + ")" + WORD_END));
        // the $( or ` first, so the rest can never be this substitution again
        substitution.add(Rule.of(PUNCTUATION, "\\A(?:\\$\\(|`)"), Rule.of(PUNCTUATION, "(?:\\)|`)\\z"))
                .addAll(shell.grammar());
        return shell.grammar();
    }
}
