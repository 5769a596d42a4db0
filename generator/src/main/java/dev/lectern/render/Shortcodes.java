package dev.lectern.render;

import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.model.IconShortcodes;
import java.util.ArrayList;
import java.util.List;
import net.fellbaum.jemoji.EmojiManager;

/**
 * {@code :name:} shortcodes, which flexmark's emoji extension finds: GitHub's emoji names become the emoji itself (the
 * table is JEmoji's, kept up to date with Unicode; flexmark's own lacks newer names such as {@code man_raising_hand});
 * MkDocs Material's icon shortcodes ({@code :material-…:}, {@code :octicons-…:}, {@code :fontawesome-…:},
 * {@code :simple-…:}, {@link IconShortcodes}) name SVG icons this theme does not ship, and are dropped rather than printed; any other
 * {@code :word:} (a time such as 10:30:45, a made-up name) stays as written.
 */
final class Shortcodes {
    private Shortcodes() {
    }

    static void render(Emoji node, HtmlWriter html) {
        html.text(text(node));
    }

    /** The text a reader sees for a shortcode: the emoji, nothing for an icon, else the shortcode as written. */
    static String text(Emoji node) {
        String name = node.getText().toString();
        if (IconShortcodes.isIcon(name)) return "";
        var emoji = EmojiManager.getByGithubAlias(":" + name + ":");
        return emoji.isPresent() ? emoji.get().getEmoji() : node.getChars().toString();
    }

    /** {@code doc} with each shortcode replaced by its {@link #text} and attribute lists removed, for its plain text. */
    static void toPlain(Node doc) {
        List<Node> found = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof Emoji || n instanceof AttributesNode) found.add(n);
        for (Node n : found) {
            if (n instanceof Emoji e) n.insertBefore(new Text(text(e)));
            n.unlink();
        }
    }
}
