package dev.lectern.source.scan;

import dev.lectern.model.Code;
import dev.lectern.model.Tabs;
import java.util.ArrayList;
import java.util.List;

/**
 * Docusaurus {@code npm2yarn}: an npm command block shown as three tabs, npm (as written), Yarn and pnpm, each
 * line converted word by word. Only the common commands change ({@code install}/{@code i}, {@code uninstall},
 * {@code run}, {@code npx}, the save flags); anything else goes through with the tool's name swapped, which is what
 * the plugin's converter does with commands it does not know.
 */
final class Npm2Yarn {
    private Npm2Yarn() {
    }

    static Tabs tabs(Code npm) {
        List<Tabs.Tab> tabs = List.of(
                new Tabs.Tab("npm", true, List.of(npm)),
                new Tabs.Tab("Yarn", false, List.of(withCode(npm, convert(npm.code(), "yarn")))),
                new Tabs.Tab("pnpm", false, List.of(withCode(npm, convert(npm.code(), "pnpm")))));
        return new Tabs(tabs, npm.pos());
    }

    private static Code withCode(Code c, String code) {
        return new Code(c.language(), c.title(), code, c.firstLine(), c.marked(), c.annotated(), c.pos());
    }

    static String convert(String code, String tool) {
        StringBuilder out = new StringBuilder(code.length() + 16);
        String[] lines = code.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) out.append('\n');
            out.append(line(lines[k], tool));
        }
        return out.toString();
    }

    /** One line: a command starting with {@code npm} or {@code npx} (after its indent) is converted, anything else kept. */
    static String line(String line, String tool) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') indent++;
        String[] words = line.substring(indent).split(" ", -1);
        if (words[0].equals("npx")) return line.substring(0, indent) + tool + " dlx" + line.substring(indent + 3);
        if (!words[0].equals("npm") || words.length < 2) return line;
        List<String> out = new ArrayList<>();
        out.add(tool);
        String verb = words[1];
        boolean args = false;
        for (int k = 2; k < words.length; k++) if (!words[k].startsWith("-") && !words[k].isEmpty()) args = true;
        switch (verb) {
            case "install", "i", "add" -> out.add(args ? "add" : "install");
            case "uninstall", "un", "remove", "rm", "r" -> out.add("remove");
            case "ci" -> out.add("install");
            default -> out.add(verb);
        }
        boolean global = false;
        for (int k = 2; k < words.length; k++) {
            String w = words[k];
            switch (w) {
                case "--save", "-S" -> { }
                case "--save-dev", "-D" -> out.add(tool.equals("yarn") ? "--dev" : "--save-dev");
                case "--save-exact", "-E" -> out.add(tool.equals("yarn") ? "--exact" : "--save-exact");
                case "--global", "-g" -> global = true;
                default -> out.add(w);
            }
        }
        if (global && tool.equals("yarn")) out.add(1, "global");
        else if (global) out.add("--global");
        return line.substring(0, indent) + String.join(" ", out);
    }
}
