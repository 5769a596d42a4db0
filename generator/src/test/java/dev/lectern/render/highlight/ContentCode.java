package dev.lectern.render.highlight;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.Guide;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import dev.lectern.source.SourceStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every code block of a content folder, read through the source stage, as the renderer will see them. */
final class ContentCode {
    record Snippet(String where, String language, String code) {
    }

    /** Fences left inside Markdown prose (the readers lift most of them into {@link Code} blocks). */
    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}|~{3,})[ \\t]*([^\\n`]*)\\n([\\s\\S]*?)\\n[ \\t]*\\1[ \\t]*$",
            Pattern.MULTILINE);

    private ContentCode() {
    }

    static List<Snippet> read(Path contentDir) {
        try {
            Diagnostics diags = new Diagnostics();
            SiteConfig config = ConfigLoader.load(contentDir, diags);
            List<Guide> guides = new SourceStage().read(SourceStage.discover(contentDir, config, diags), diags);
            List<Snippet> out = new ArrayList<>();
            for (Guide g : guides) {
                for (Section s : g.sections()) {
                    collect(s.intro(), out);
                    for (Question q : s.questions()) collect(q.answer(), out);
                    collect(s.outro(), out);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(List<Block> blocks, List<Snippet> out) {
        for (Block b : blocks) {
            if (b instanceof Code c) {
                out.add(new Snippet(c.pos().toString(), language(c.language()), c.code()));
            } else if (b instanceof Callout c) {
                collect(c.body(), out);
            } else if (b instanceof Tabs t) {
                t.tabs().forEach(tab -> collect(tab.body(), out));
            } else if (b instanceof dev.lectern.model.Group g) {
                g.items().forEach(item -> collect(item.body(), out));
            } else if (b instanceof Markdown m) {
                Matcher f = FENCE.matcher(m.text());
                while (f.find()) out.add(new Snippet(m.pos().toString(), language(f.group(2)), f.group(3)));
            }
        }
    }

    /** The fence's first word, as the renderer passes it on (render.CodeBlocks). */
    private static String language(String info) {
        return info.strip().split("[\\s{,]", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_+#.-]", "");
    }
}
