package dev.lectern.render;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import dev.lectern.model.Code;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.model.Tabs;
import java.util.List;

/** A small site built by hand with every block kind, two guides, titled and untitled sections. */
final class FixtureSite {
    static final String PY = "content/python.md";
    static final String SQL = "content/sql.md";

    private FixtureSite() {
    }

    static SourcePos at(String file, int line) {
        return SourcePos.of(file, line);
    }

    static Site site() {
        return new Site("Lectern Fixture", "Questions for \"testing\" the renderer.", "https://example.org/docs/",
                List.of(python(), sql()));
    }

    static Guide python() {
        Section preamble = new Section("", "", List.of(
                new Markdown("<div align=\"center\">\n\n![Python badge](https://img.shields.io/badge/python-3-blue)\n\n</div>\n\n"
                        + "Welcome to the **Python** guide. It covers the interpreter, functions and tooling.", at(PY, 3))),
                List.of(), at(PY, 1));
        Question gil = new Question("what-is-the-gil", "What is the GIL?", List.of(
                new Markdown("The *global interpreter lock* lets one thread run Python bytecode at a time.\n\n"
                        + "| Runtime | Has a GIL |\n|-|-|\n| CPython | yes |\n| PyPy | yes |\n| Jython | no |\n\n"
                        + "- threads share memory\n- processes do not", at(PY, 12)),
                new Heading(2, "Why it exists", at(PY, 20)),
                new Markdown("Reference counting is not thread-safe without it.\n\n## Consequences\n\nCPU-bound threads do not scale.", at(PY, 22)),
                new Code("python", "threads.py", "import threading\nprint(\"<tag> & 'quote'\")", at(PY, 27))),
                new Meta(Meta.Difficulty.MEDIUM, List.of("concurrency", "cpython"), List.of("Google")), at(PY, 10));
        Question args = new Question("what-are-args-and-kwargs", "What are *args and **kwargs in `def f(*args, **kwargs)`?", List.of(
                new Markdown("They collect extra positional and keyword arguments.", at(PY, 35)),
                new Callout(CalloutKind.TIP, "Remember the *order*", Callout.Collapse.CLOSED, List.of(
                        new Markdown("Positional first, then `*args`, then keyword-only, then `**kwargs`.", at(PY, 38))), at(PY, 37)),
                new Callout(CalloutKind.WARNING, "", Callout.Collapse.NO, List.of(
                        new Markdown("Mutable default arguments are shared between calls.", at(PY, 41))), at(PY, 40)),
                new Tabs(List.of(
                        new Tabs.Tab("Python 3", true, List.of(new Code("python", "", "def f(*args, **kwargs):\n    return args, kwargs", at(PY, 45)))),
                        new Tabs.Tab("`inspect`", false, List.of(new Markdown("Use `inspect.signature` to list parameters.", at(PY, 49))))),
                        at(PY, 44))),
                new Meta(Meta.Difficulty.EASY, List.of("functions"), List.of()), at(PY, 33));
        Question venv = new Question("how-do-virtual-environments-work", "How do virtual environments work?", List.of(
                new Markdown("A virtual environment is a folder with its own `site-packages`.\n\n"
                        + "# A top-level heading in an answer\n\nIt must not become an h1.", at(PY, 56))),
                Meta.NONE, at(PY, 54));
        return new Guide("python", "Python Questions", "Core Python interview questions.", "github", List.of(
                preamble,
                new Section("interpreter", "The interpreter", List.of(
                        new Markdown("Questions about how CPython runs code.", at(PY, 8))), List.of(gil), at(PY, 7)),
                new Section("functions", "Functions and `def`", List.of(), List.of(args), at(PY, 31)),
                new Section("tooling", "Tooling", List.of(), List.of(venv), at(PY, 52))), at(PY, 1));
    }

    static Guide sql() {
        Question join = new Question("what-is-a-join", "What is a JOIN?", List.of(
                new Markdown("A join combines rows from two tables on a condition.", at(SQL, 5))),
                new Meta(Meta.Difficulty.HARD, List.of("sql"), List.of("Amazon", "Meta")), at(SQL, 4));
        Question index = new Question("what-is-an-index", "What is an index?", List.of(
                new Markdown("An index speeds up lookups at the cost of slower writes.", at(SQL, 9))),
                Meta.NONE, at(SQL, 8));
        return new Guide("sql", "SQL Questions", "", "mkdocs", List.of(
                new Section("basics", "Basics", List.of(), List.of(join, index), at(SQL, 3))), at(SQL, 1));
    }

    /** All source text of a guide, for the word-coverage check. */
    static String sourceText(Guide g) {
        StringBuilder sb = new StringBuilder(g.title()).append('\n').append(g.description()).append('\n');
        for (Section s : g.sections()) {
            sb.append(s.title()).append('\n');
            blocks(s.intro(), sb);
            for (Question q : s.questions()) {
                sb.append(q.title()).append('\n');
                blocks(q.answer(), sb);
            }
        }
        return sb.toString();
    }

    private static void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Markdown m) sb.append(m.text());
            else if (b instanceof Heading h) sb.append(h.text());
            else if (b instanceof Code c) sb.append(c.title()).append('\n').append(c.code());
            else if (b instanceof Callout c) {
                sb.append(c.title()).append('\n');
                blocks(c.body(), sb);
            } else if (b instanceof Tabs t) {
                for (Tabs.Tab tab : t.tabs()) {
                    sb.append(tab.label()).append('\n');
                    blocks(tab.body(), sb);
                }
            } else if (b instanceof dev.lectern.model.Group g) {
                for (dev.lectern.model.Group.Item item : g.items()) {
                    sb.append(item.title()).append('\n');
                    blocks(item.body(), sb);
                }
            }
            sb.append('\n');
        }
    }
}
