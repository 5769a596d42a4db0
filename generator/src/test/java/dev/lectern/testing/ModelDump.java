package dev.lectern.testing;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import java.util.List;

/** A readable, stable text form of a guide's model, for golden files. */
public final class ModelDump {
    private ModelDump() {
    }

    public static String dump(Guide g, List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        sb.append("guide ").append(g.slug()).append(" dialect=").append(g.dialect()).append('\n');
        sb.append("  title: ").append(g.title()).append('\n');
        sb.append("  description: ").append(g.description()).append('\n');
        for (Section s : g.sections()) {
            sb.append("section [").append(s.slug()).append("] ").append(s.title()).append(" @").append(s.pos().line()).append('\n');
            blocks(sb, s.intro(), "    ");
            for (Question q : s.questions()) {
                sb.append("  question [").append(q.slug()).append("] ").append(q.title()).append(" @").append(q.pos().line()).append('\n');
                var m = q.meta();
                if (m.difficulty() != null || !m.tags().isEmpty() || !m.companies().isEmpty()) {
                    sb.append("    meta: difficulty=").append(m.difficulty() == null ? "-" : m.difficulty().id())
                            .append(" tags=").append(m.tags()).append(" companies=").append(m.companies()).append('\n');
                }
                blocks(sb, q.answer(), "    ");
            }
            for (var r : s.references()) {
                sb.append("  reference [").append(r.slug()).append("] ").append(r.title()).append(" @").append(r.pos().line());
                var m = r.meta();
                if (m.difficulty() != null || !m.tags().isEmpty() || !m.companies().isEmpty()) {
                    sb.append(" difficulty=").append(m.difficulty() == null ? "-" : m.difficulty().id())
                            .append(" tags=").append(m.tags()).append(" companies=").append(m.companies());
                }
                sb.append('\n');
            }
            if (!s.outro().isEmpty()) {
                sb.append("  after the questions:\n");
                blocks(sb, s.outro(), "    ");
            }
        }
        for (Diagnostic d : diagnostics) sb.append("diagnostic: ").append(d.format().replace("\n", " ")).append('\n');
        return sb.toString();
    }

    private static void blocks(StringBuilder sb, List<Block> blocks, String indent) {
        for (Block b : blocks) {
            String at = " @" + b.pos().line();
            if (b instanceof Markdown m) {
                sb.append(indent).append("markdown").append(at).append('\n');
                text(sb, m.text(), indent + "  | ");
            } else if (b instanceof Heading h) {
                sb.append(indent).append("heading ").append(h.level()).append(' ').append(h.text()).append(at).append('\n');
            } else if (b instanceof Code c) {
                sb.append(indent).append("code lang=").append(c.language()).append(c.title().isEmpty() ? "" : " title=" + c.title()).append(c.lineNumbers() ? " linenums" : "").append(at).append('\n');
                text(sb, c.code(), indent + "  : ");
            } else if (b instanceof Callout c) {
                sb.append(indent).append("callout ").append(c.kind().id()).append(' ').append(c.collapse().name().toLowerCase(java.util.Locale.ROOT))
                        .append(" \"").append(c.title()).append('"').append(at).append('\n');
                blocks(sb, c.body(), indent + "  ");
            } else if (b instanceof Tabs t) {
                sb.append(indent).append("tabs").append(at).append('\n');
                for (Tabs.Tab tab : t.tabs()) {
                    sb.append(indent).append("  tab \"").append(tab.label()).append('"').append(tab.selected() ? " selected" : "").append('\n');
                    blocks(sb, tab.body(), indent + "    ");
                }
            } else if (b instanceof dev.lectern.model.Group g) {
                sb.append(indent).append(g.kind().name().toLowerCase(java.util.Locale.ROOT)).append(g.columns() > 0 ? " cols=" + g.columns() : "").append(at).append('\n');
                for (dev.lectern.model.Group.Item item : g.items()) {
                    sb.append(indent).append("  item \"").append(item.title()).append('"').append(item.href().isEmpty() ? "" : " href=" + item.href());
                    item.facts().forEach(f -> sb.append(' ').append(f.name()).append(f.value().isEmpty() ? "" : "=" + f.value()));
                    sb.append('\n');
                    blocks(sb, item.body(), indent + "    ");
                }
            }
        }
    }

    private static void text(StringBuilder sb, String text, String prefix) {
        for (String line : text.split("\n", -1)) sb.append(prefix).append(line).append('\n');
    }
}
