import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A synthetic corpus of N times a content folder, for the speed benchmark (bench/speed.sh):
 *   java bench/Corpus.java CONTENT N OUT
 * Copy k of each document (k = 1…N; copy 1 is the original, unchanged) is named {@code <name>-k.<ext>}, its title
 * (front-matter {@code title:}, the first {@code # } heading, or a plain-text file's first line) ends with " (k)", and
 * its first paragraph starts with "Copy k." — distinct titles, slugs and text, the same structure. Other files (such as
 * lectern.yml) are copied once. Deterministic: the same input gives the same corpus.
 */
public class Corpus {
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/Corpus.java CONTENT N OUT");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(content)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot);
            if (!ext.equals(".md") && !ext.equals(".mdx") && !ext.equals(".txt")) {
                Files.copy(f, out.resolve(name));
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String stem = name.substring(0, dot);
            Files.writeString(out.resolve(stem + ext), text, StandardCharsets.UTF_8);
            for (int k = 2; k <= n; k++) {
                Files.writeString(out.resolve(stem + "-" + k + ext), copy(text, k, ext.equals(".txt")), StandardCharsets.UTF_8);
            }
        }
    }

    /** The text with its title marked " (k)" and "Copy k. " before its first paragraph. */
    static String copy(String text, int k, boolean plain) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean titled = false;
        int i = 0;
        if (!plain && !lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (lines.get(i).startsWith("title:")) {
                    lines.set(i, lines.get(i).stripTrailing() + " (" + k + ")");
                    titled = true;
                }
            }
            i++;
        }
        boolean paragraph = false;
        for (; i < lines.size() && !paragraph; i++) {
            String l = lines.get(i);
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (!titled && (plain || l.startsWith("# "))) {
                lines.set(i, l.stripTrailing() + " (" + k + ")");
                titled = true;
            } else if (titled && Character.isLetter(t.charAt(0))) {
                lines.set(i, "Copy " + k + ". " + l);
                paragraph = true;
            }
        }
        return String.join("\n", lines);
    }
}
