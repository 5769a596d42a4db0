package dev.lectern.render.highlight;

import io.noties.prism4j.GrammarLocator;
import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The languages we highlight, by name and alias. Everything else (including {@code text}) stays plain. */
final class Languages implements GrammarLocator {
    /**
     * One language. {@code session} is the grammar for a transcript (prompts, commands, their output), used when the
     * code has a line matching {@code prompt}; {@code prompt} null means always the main grammar.
     */
    private record Language(List<String> names, Prism4j.Grammar grammar, Prism4j.Grammar session, Pattern prompt) {
    }

    private final Map<String, Language> byName = new LinkedHashMap<>();

    Languages() {
        Prism4j.Grammar python = PythonGrammar.create();
        add(new Language(List.of("python", "py", "python3", "py3", "pyi", "pyw", "sage"), python, null, null));
        add(new Language(List.of("pycon", "python-repl", "pyrepl", "python-console"), Sessions.pythonRepl(python), null, null));
        Prism4j.Grammar shell = ShellGrammar.create();
        Prism4j.Grammar shellSession = Sessions.shell(shell);
        add(new Language(List.of("bash", "sh", "shell", "zsh", "ksh", "shellscript", "shell-script", "bashrc", "zshrc"),
                shell, shellSession, Sessions.SHELL_PROMPT));
        add(new Language(List.of("console", "shell-session", "shellsession", "terminal", "sh-session", "bash-session"),
                shellSession, null, null));
        add(new Language(List.of("json", "jsonc", "json5", "geojson", "webmanifest"), DataGrammars.json(), null, null));
        add(new Language(List.of("yaml", "yml"), YamlGrammar.create(), null, null));
        add(new Language(List.of("toml"), DataGrammars.toml(), null, null));
        add(new Language(List.of("sql", "mysql", "postgresql", "postgres", "pgsql", "plpgsql", "sqlite", "mariadb"),
                SqlGrammar.create(), null, null));
        add(new Language(List.of("javascript", "js", "mjs", "cjs", "node", "nodejs"), JavaScriptGrammar.create(false), null, null));
        add(new Language(List.of("typescript", "ts", "mts", "cts"), JavaScriptGrammar.create(true), null, null));
        add(new Language(List.of("java"), JavaGrammar.create(), null, null));
        add(new Language(List.of("diff", "patch", "udiff"), DiffGrammar.create(), null, null));
        Prism4j.Grammar jsx = JavaScriptGrammar.create(false, true);
        add(new Language(List.of("jsx"), jsx, null, null));
        add(new Language(List.of("tsx"), JavaScriptGrammar.create(true, true), null, null));
        Prism4j.Grammar css = CssGrammar.create(false);
        add(new Language(List.of("html", "htm", "xhtml", "xml", "svg", "xsl", "xslt", "rss", "atom", "plist", "vue", "svelte"),
                MarkupGrammar.html(JavaScriptGrammar.create(false), css), null, null));
        add(new Language(List.of("css"), css, null, null));
        // Sass's indented syntax has no braces, but its variables, properties and at-rules read as in SCSS
        add(new Language(List.of("scss", "sass", "less"), CssGrammar.create(true), null, null));
        add(new Language(List.of("c", "h"), CGrammar.c(), null, null));
        add(new Language(List.of("cpp", "c++", "cc", "cxx", "hpp", "hh", "hxx", "arduino", "ino"), CGrammar.cpp(), null, null));
        add(new Language(List.of("csharp", "cs", "c#", "dotnet"), CSharpGrammar.create(), null, null));
        add(new Language(List.of("go", "golang"), GoGrammar.create(), null, null));
        add(new Language(List.of("rust", "rs"), RustGrammar.create(), null, null));
        add(new Language(List.of("kotlin", "kt", "kts", "gradle-kts"), KotlinGrammar.create(), null, null));
        add(new Language(List.of("php", "php8"), PhpGrammar.create(), null, null));
        add(new Language(List.of("ruby", "rb", "gemfile", "rake", "podfile"), RubyGrammar.create(), null, null));
        add(new Language(List.of("powershell", "ps1", "pwsh", "posh", "psm1"), PowerShellGrammar.create(), null, null));
        add(new Language(List.of("graphql", "gql"), GraphQlGrammar.create(), null, null));
        add(new Language(List.of("dockerfile", "docker", "containerfile"), ConfigGrammars.dockerfile(shell), null, null));
        add(new Language(List.of("makefile", "make", "mk"), ConfigGrammars.makefile(shell), null, null));
        add(new Language(List.of("ini", "properties", "cfg", "conf", "editorconfig", "gitconfig", "env",
                "dotenv"), ConfigGrammars.ini(), null, null));
        add(new Language(List.of("markdown", "md", "mdx", "mkd"), MarkdownGrammar.create(jsx), null, null));
    }

    private void add(Language language) {
        for (String name : language.names()) {
            if (byName.put(name, language) != null) throw new IllegalStateException("language name used twice: " + name);
        }
    }

    /** The grammar for a fence's language id and its code; null when the language is not one of ours. */
    Prism4j.Grammar grammarFor(String language, String code) {
        Language l = byName.get(language.strip().toLowerCase(Locale.ROOT));
        if (l == null) return null;
        if (l.prompt() != null && l.prompt().matcher(code).find()) return l.session();
        return l.grammar();
    }

    /** Every top-level grammar, sessions included. */
    List<Prism4j.Grammar> grammars() {
        Set<Prism4j.Grammar> out = new LinkedHashSet<>();
        for (Language l : byName.values()) {
            out.add(l.grammar());
            if (l.session() != null) out.add(l.session());
        }
        return List.copyOf(out);
    }

    List<List<String>> names() {
        Set<Language> seen = new LinkedHashSet<>(byName.values());
        List<List<String>> out = new ArrayList<>();
        for (Language l : seen) out.add(l.names());
        return out;
    }

    @Override
    public Prism4j.Grammar grammar(Prism4j prism4j, String language) {
        Language l = byName.get(language);
        return l == null ? null : l.grammar();
    }

    @Override
    public Set<String> languages() {
        return byName.keySet();
    }
}
