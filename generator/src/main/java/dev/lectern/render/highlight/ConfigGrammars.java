package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.CLASS_NAME;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/**
 * Line-oriented build and configuration files: INI and Java properties, Dockerfile, Makefile. The last two hand their
 * commands ({@code RUN …}, a recipe's lines) to the shell grammar.
 */
final class ConfigGrammars {
    /** A line and its backslash-newline continuations. */
    private static final String CONTINUED = "(?:[^\\n\\\\]|\\\\[\\s\\S]?)*+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\[\\s\\S]?)*+\"?|'[^'\\n]*+'?";

    private ConfigGrammars() {
    }

    /** INI, .properties, .cfg, .conf: [sections], key = value or key: value, ; and # comment lines. */
    static Prism4j.Grammar ini() {
        return new GrammarBuilder("ini").add(
                Rule.of(COMMENT, "^[ \\t]*+[;#!][^\\n]*+"),
                Rule.of(CLASS_NAME, "(^[ \\t]*+\\[)[^\\]\\n]++(?=\\])").lookbehind(),
                Rule.of(PROPERTY, "(^[ \\t]*+)[^\\s=:\\[;#!][^=:\\n]*?(?=[ \\t]*+[=:])").lookbehind(),
                Rule.of(STRING, "(=[ \\t]*+|:[ \\t]*+)(?:" + QUOTED + ")").lookbehind(),
                Rule.of(CONSTANT, "(=[ \\t]*+)(?i:true|false|yes|no|on|off|null|none)(?=[ \\t]*+$)").lookbehind(),
                Rule.of(NUMBER, "(=[ \\t]*+)-?\\d++(?:\\.\\d++)?(?=[ \\t]*+$)").lookbehind(),
                Rule.of(VARIABLE, "\\$\\{[^}\\n]*+\\}?|%\\([\\w.-]{1,64}+\\)s"),
                Rule.of(OPERATOR, "[=:]"),
                Rule.of(PUNCTUATION, "[\\[\\]]")).grammar();
    }

    static Prism4j.Grammar dockerfile(Prism4j.Grammar shell) {
        String instruction = "(?:ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|FROM|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN"
                + "|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)";
        // a RUN line: the instruction, then the shell command with its continuation lines
        Prism4j.Grammar run = new GrammarBuilder("dockerfile-run").add(
                Rule.of(KEYWORD, "\\A[ \\t]*+(?:ONBUILD[ \\t]++)?RUN").ignoreCase(),
                Rule.of(PROPERTY, "(?<=\\s)--[\\w-]++(?:=[^\\s\\\\]*+)?"),
                Rule.structural("[\\s\\S]++").inside(shell)).grammar();
        return new GrammarBuilder("dockerfile").add(
                Rule.of(COMMENT, "^[ \\t]*+#[^\\n]*+"),
                Rule.structural("^[ \\t]*+(?:ONBUILD[ \\t]++)?RUN(?=[ \\t])" + CONTINUED).ignoreCase().inside(run),
                Rule.of(KEYWORD, "(^[ \\t]*+)(?:ONBUILD[ \\t]++)?" + instruction + "(?=[ \\t]|$)").lookbehind().ignoreCase(),
                Rule.of(KEYWORD, "(?<=[ \\t])AS(?=[ \\t]++[\\w.-]++[ \\t]*+$)").ignoreCase(),
                Rule.of(STRING, QUOTED),
                Rule.of(VARIABLE, "\\$(?:\\{[^}\\n]*+\\}?|[A-Za-z_]\\w*+)"),
                Rule.of(PROPERTY, "(?<=\\s)--[\\w-]++"),
                Rule.of(NUMBER, "(?<![\\w.:/-])\\d++(?:/(?:tcp|udp))?(?![\\w.:-])"),
                Rule.of(OPERATOR, "="),
                Rule.of(PUNCTUATION, "[\\[\\],]")).grammar();
    }

    static Prism4j.Grammar makefile(Prism4j.Grammar shell) {
        // $(VAR), ${VAR}, $@, and the function calls $(wildcard src/*.c) with their function named
        Prism4j.Grammar function = new GrammarBuilder("makefile-function").add(Rule.of(BUILTIN, "(\\A\\$[({])(?:call|shell"
                + "|wildcard|patsubst|subst|filter|filter-out|foreach|if|dir|notdir|basename|addprefix|addsuffix|sort|strip"
                + "|word|words|origin|eval|info|warning|error)(?=[ \\t])").lookbehind()).grammar();
        Rule reference = Rule.of(VARIABLE, "\\$\\((?:[^()\\n]|\\([^()\\n]*+\\))*+\\)?|\\$\\{[^}\\n]*+\\}?|\\$[@<^?*%+|$]|\\$\\w")
                .inside(function);
        // a recipe line: make's $(VAR) first, the rest is shell
        Prism4j.Grammar recipe = new GrammarBuilder("makefile-recipe").add(
                Rule.of(PUNCTUATION, "\\A\\t[@+-]*+"), reference).addAll(shell).grammar();
        return new GrammarBuilder("makefile").add(
                Rule.structural("^\\t" + CONTINUED).inside(recipe),
                Rule.of(COMMENT, "(?<![\\\\$])#[^\\n]*+"),
                Rule.of(KEYWORD, "(^[ \\t]*+)(?:-?include|sinclude|ifn?eq|ifn?def|else|endif|define|endef|export|unexport"
                        + "|override|undefine|vpath)(?![\\w-])").lookbehind(),
                reference,
                Rule.of(KEYWORD, "^\\.[A-Z_]++(?=[ \\t]*+:)"),
                Rule.of(VARIABLE, "(^[ \\t]*+(?:export[ \\t]++|override[ \\t]++)?)[\\w.-]++(?=[ \\t]*+(?:[:?+!]|::)?=)").lookbehind(),
                Rule.of(FUNCTION, "(^)[^\\s:#=$][^:#=\\n]*?(?=[ \\t]*+::?(?!=))").lookbehind(),
                Rule.of(STRING, QUOTED),
                Rule.of(OPERATOR, "::?=|[?+!]=|=|::?|\\|"),
                Rule.of(PUNCTUATION, "[(){};,]")).grammar();
    }
}
