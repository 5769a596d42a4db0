package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.PROMPT;

import io.noties.prism4j.Prism4j;
import java.util.regex.Pattern;

/**
 * Transcripts: lines that start with a prompt are commands, highlighted in their language after the prompt; the other
 * lines are output and stay plain.
 */
final class Sessions {
    /** {@code $}, {@code %}, {@code (venv) $}, {@code user@host:~/dir$} or {@code root@host:/#}, then a space or the line's end. */
    private static final String SHELL_PROMPT_TEXT = "[ \\t]*+(?:\\([^()\\n]*+\\)[ \\t]*+)?"
            + "(?:[\\w.-]++@[\\w.-]++(?::[^\\s$#%]*+)?[$#%]|[$%])(?=[ \\t]|$)";

    /** A shell block with a line like this is a session, not a script. */
    static final Pattern SHELL_PROMPT = Pattern.compile("^" + SHELL_PROMPT_TEXT, Pattern.MULTILINE);

    private Sessions() {
    }

    static Prism4j.Grammar shell(Prism4j.Grammar shell) {
        GrammarBuilder command = new GrammarBuilder("shell-command");
        command.add(Rule.of(PROMPT, "\\A" + SHELL_PROMPT_TEXT + "[ \\t]?")).addAll(shell);
        // a command continues over lines that end with a backslash
        return new GrammarBuilder("shell-session")
                .add(Rule.structural("^" + SHELL_PROMPT_TEXT + "(?:[^\\n\\\\]|\\\\[\\s\\S]?)*+").inside(command.grammar()))
                .grammar();
    }

    static Prism4j.Grammar pythonRepl(Prism4j.Grammar python) {
        GrammarBuilder line = new GrammarBuilder("python-repl-line");
        line.add(Rule.of(PROMPT, "\\A(?:>>>|\\.\\.\\.)(?: |$)")).addAll(python);
        return new GrammarBuilder("python-repl")
                .add(Rule.structural("^(?:>>>|\\.\\.\\.)(?: |$)[^\\n]*+").inside(line.grammar()))
                .grammar();
    }
}
