package dev.lectern.render;

import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.html.HtmlWriter;
import java.util.List;
import net.fellbaum.jemoji.EmojiManager;

/**
 * {@code :name:} shortcodes, which flexmark's emoji extension finds: GitHub's emoji names become the emoji itself (the
 * table is JEmoji's, kept up to date with Unicode; flexmark's own lacks newer names such as {@code man_raising_hand});
 * MkDocs Material's icon shortcodes ({@code :material-…:}, {@code :octicons-…:}, {@code :fontawesome-…:},
 * {@code :simple-…:}) name SVG icons this theme does not ship, and are dropped rather than printed; any other
 * {@code :word:} (a time such as 10:30:45, a made-up name) stays as written.
 */
final class Shortcodes {
    private static final List<String> ICON_SETS = List.of("material-", "octicons-", "fontawesome-", "simple-");

    private Shortcodes() {
    }

    static void render(Emoji node, HtmlWriter html) {
        String name = node.getText().toString();
        if (isIcon(name)) return;
        var emoji = EmojiManager.getByGithubAlias(":" + name + ":");
        html.text(emoji.isPresent() ? emoji.get().getEmoji() : node.getChars().toString());
    }

    /** Whether {@code name} (between the colons) names an icon of an MkDocs Material icon set. */
    static boolean isIcon(String name) {
        for (String set : ICON_SETS) if (name.startsWith(set) && name.length() > set.length()) return true;
        return false;
    }
}
