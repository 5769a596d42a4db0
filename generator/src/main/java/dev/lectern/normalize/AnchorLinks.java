package dev.lectern.normalize;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.PageIds;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A guide's own links to its headings ({@code [Core Concepts](#-core-python-concepts)}, written against GitHub's heading
 * ids, the rule of {@link PageIds}) are pointed at the anchors the site gives those sections and questions.
 */
final class AnchorLinks {
    private AnchorLinks() {
    }

    static Guide resolve(Guide guide) {
        Map<String, String> ids = new HashMap<>();
        for (Section s : guide.sections()) {
            if (!s.title().isEmpty()) ids.putIfAbsent(PageIds.headingId(s.title()), s.slug());
            for (Question q : s.questions()) ids.putIfAbsent(PageIds.headingId(q.title()), q.slug());
        }
        List<Section> sections = new ArrayList<>();
        for (Section s : guide.sections()) {
            List<Question> qs = s.questions().stream()
                    .map(q -> new Question(q.slug(), q.title(), rewrite(q.answer(), ids), q.meta(), q.pos())).toList();
            sections.add(s.withBlocks(rewrite(s.intro(), ids), qs, rewrite(s.outro(), ids)));
        }
        return guide.withSections(sections);
    }

    private static List<Block> rewrite(List<Block> blocks, Map<String, String> ids) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Markdown m) out.add(new Markdown(rewrite(m.text(), ids), m.pos()));
            else if (b instanceof Callout c) out.add(c.withBody(rewrite(c.body(), ids)));
            else if (b instanceof Tabs t) out.add(new Tabs(t.tabs().stream()
                    .map(tab -> new Tabs.Tab(tab.label(), tab.selected(), rewrite(tab.body(), ids))).toList(), t.pos()));
            else if (b instanceof dev.lectern.model.Group g) out.add(g.mapBodies(body -> rewrite(body, ids)));
            else out.add(b);
        }
        return out;
    }

    static String rewrite(String text, Map<String, String> ids) {
        if (!text.contains("](#")) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        int at;
        while ((at = text.indexOf("](#", from)) >= 0) {
            int close = text.indexOf(')', at);
            if (close < 0) break;
            String id = text.substring(at + 3, close);
            String target = ids.get(id);
            sb.append(text, from, at + 3).append(target != null ? target : id).append(')');
            from = close + 1;
        }
        return sb.append(text.substring(from)).toString();
    }
}
