/**
 * Build-time syntax highlighting. {@link dev.lectern.render.highlight.Highlighter} implements the render package's
 * {@code CodeHighlighter}: code in, the HTML for inside {@code <code>} out, as text and
 * {@code <span class="tok tok-NAME">} elements only, NAME one of the fixed {@link dev.lectern.render.highlight.TokenClass}
 * names a theme colours ({@code themes/default/assets/highlight.css}). The output's text is the input exactly; what the
 * highlighter does not know (a language, or code it fails on) comes out escaped and plain. It is built once, holds
 * no mutable state, and is shared by the threads that render pages.
 * <p>
 * The engine is prism4j's tokenizer ({@code io.noties:prism4j}); the grammars are ours, one class per language,
 * registered with their aliases in {@link dev.lectern.render.highlight.Languages}: Python (and its REPL), shell
 * scripts and sessions, JSON, YAML, TOML, SQL, JavaScript and TypeScript (with JSX), Java, diff, HTML/XML, CSS/SCSS,
 * C, C++, C#, Go, Rust, Kotlin, PHP (these share {@link dev.lectern.render.highlight.CFamily}), Ruby, PowerShell,
 * GraphQL, Dockerfile, Makefile, INI, Markdown/MDX. prism4j's own bundled grammars are not used: they date from 2018
 * and do not keep the rules below (many greedy tokens, backtracking quantifiers). What the engine does, and so
 * what a grammar must respect:
 * <ul>
 * <li>Tokens run in order, each over the text fragments the earlier ones left; {@code ^} and {@code \A} also match
 * at the start of every fragment, and a lookbehind cannot see into the previous one.</li>
 * <li>A greedy token searches the whole text and replaces earlier tokens it overlaps when it starts first; then the
 * earlier tokens run again once. That re-run is cheap only if those tokens are not greedy themselves, so each grammar
 * has at most one greedy token: its comments and strings together ({@link dev.lectern.render.highlight.Delimited}).</li>
 * <li>A token's text is tokenized again with its inside grammar; nesting stays shallow because an inside grammar
 * first takes the opener ({@code $(}, {@code case}) and nested constructs must be closed to nest.</li>
 * <li>No regex may match the empty string, and quantified groups are possessive (see {@link dev.lectern.render.highlight.Rule}).</li>
 * </ul>
 * Golden samples per language: {@code src/test/resources/golden/highlight}. Throughput: {@code bench/highlight.sh}.
 * May import: render (the {@code CodeHighlighter} seam) and the JDK.
 */
package dev.lectern.render.highlight;
