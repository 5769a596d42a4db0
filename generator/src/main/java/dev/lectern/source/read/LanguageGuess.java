package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.Tabs;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives unlabelled code blocks a language from what their lines look like. Only a clear majority of signals names a
 * language; anything else stays unlabelled (rendered as plain code), since a wrong label is worse than none.
 */
final class LanguageGuess {
    private LanguageGuess() {
    }

    static List<Block> label(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Code c && c.language().isEmpty()) {
                out.add(c.withLanguage(guess(c.code())));
            } else if (b instanceof Callout c) {
                out.add(c.withBody(label(c.body())));
            } else if (b instanceof Tabs t) {
                out.add(new Tabs(t.tabs().stream().map(tab -> new Tabs.Tab(tab.label(), tab.selected(), label(tab.body()))).toList(), t.pos()));
            } else if (b instanceof dev.lectern.model.Group g) {
                out.add(g.mapBodies(LanguageGuess::label));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    static String guess(String code) {
        int python = 0;
        int bash = 0;
        int sql = 0;
        int lines = 0;
        for (String raw : code.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty()) continue;
            lines++;
            if (startsWithAny(l, "def ", "class ", "import ", "from ", "async def ", "elif ", "return ", "yield ", "@", "with ", "try:", "except", "raise ", "lambda ")
                    || l.contains("self.") || l.contains("print(") || l.endsWith(":") || l.startsWith("# ")) python++;
            if (startsWithAny(l, "$ ", "pip ", "python -m ", "python3 ", "cd ", "export ", "sudo ", "apt ", "npm ", "git ")) bash++;
            String u = l.toUpperCase(java.util.Locale.ROOT);
            if (startsWithAny(u, "SELECT ", "INSERT INTO", "CREATE TABLE", "UPDATE ", "DELETE FROM", "ALTER TABLE", "CREATE INDEX")) sql++;
        }
        if (lines == 0) return "";
        if (sql > 0 && sql * 3 >= lines && sql > python) return "sql";
        if (bash > python && bash * 2 >= lines) return "bash";
        if (python > 0 && python * 5 >= lines) return "python";
        return code.strip().startsWith("{") && code.contains("\":") ? "json" : "text";
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) if (s.startsWith(p)) return true;
        return false;
    }
}
