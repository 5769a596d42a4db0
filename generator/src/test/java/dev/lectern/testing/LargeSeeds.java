package dev.lectern.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Fuzz seeds of nearly 64 KB (the size the "no input takes more than a second" promise speaks of), so that the fuzzers
 * start from big inputs as well as small ones: every dialect's constructs (headings, lists, fences, tables, MkDocs
 * admonitions, Docusaurus directives, Mintlify components, GitHub alerts, {@code <details>}, plain-text and PDF-extracted
 * questions, front matter) and mojibake, mixed in an order a seeded random picks, so the same seed gives the same bytes.
 * The files are committed beside the other seeds ({@code <Class>Inputs/large-*}); {@code LargeSeedsTest} checks they
 * are what this writes. Rewrite them with
 * {@code java -cp generator/target/test-classes dev.lectern.testing.LargeSeeds generator/src/test/resources}.
 */
public final class LargeSeeds {
    /**
     * libFuzzer's -max_len (a longer seed would be cut). Every seed has exactly this length: libFuzzer mutates inputs up
     * to the length of the largest seed, so the fuzzers reach 64 KB only from a seed that long.
     */
    public static final int MAX_BYTES = 65_536;

    /** A seed file: where it goes (under the test resources), its flavour and random seed. */
    public record Seed(String path, String flavour, long random) {
        public byte[] bytes() {
            return LargeSeeds.bytes(flavour, random);
        }
    }

    private static final List<String> MARKDOWN_TARGETS = List.of("source/SourceStageFuzzTest", "render/RenderFuzzTest",
            "source/text/TextFuzzTest", "source/read/GithubReaderFuzzTest", "source/read/MkdocsReaderFuzzTest",
            "source/read/DocusaurusReaderFuzzTest", "source/read/MintlifyReaderFuzzTest", "source/read/PdfReaderFuzzTest",
            "source/read/PlainTextReaderFuzzTest");

    /** Two seeds per Markdown target (UTF-8 with double-encoded text, and Windows-1252 bytes), one of raw HTML for the sanitizer. */
    public static List<Seed> all() {
        List<Seed> out = new java.util.ArrayList<>();
        long random = 64;
        for (String target : MARKDOWN_TARGETS) {
            out.add(new Seed("dev/lectern/" + target + "Inputs/large-mixed-utf8", "utf8", random++));
            out.add(new Seed("dev/lectern/" + target + "Inputs/large-mixed-1252", "1252", random++));
        }
        out.add(new Seed("dev/lectern/render/HtmlSanitizerFuzzTestInputs/large-html", "html", random));
        return out;
    }

    private LargeSeeds() {
    }

    /** {@code flavour}: "utf8", "1252" (the same constructs, the file in Windows-1252, so not valid UTF-8) or "html". */
    static byte[] bytes(String flavour, long random) {
        SplittableRandom r = new SplittableRandom(random);
        Charset charset = flavour.equals("1252") ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        Function<SplittableRandom, String> piece = flavour.equals("html") ? LargeSeeds::html : LargeSeeds::markdown;
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        if (!flavour.equals("html") && r.nextBoolean()) write(out, "---\ntitle: A large guide\ndialect: auto\n---\n\n", charset);
        write(out, "# Large guide " + random + "\n\n", charset);
        while (true) {
            byte[] next = piece.apply(r).getBytes(charset);
            if (out.size() + next.length > MAX_BYTES) break;
            out.write(next, 0, next.length);
        }
        // the rest in ASCII words, so that no character is cut in two
        String filler = "\n" + "closing words ".repeat(MAX_BYTES / 14 + 1);
        out.write(filler.getBytes(StandardCharsets.US_ASCII), 0, MAX_BYTES - out.size());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s, Charset charset) {
        out.writeBytes(s.getBytes(charset));
    }

    private static final String[] WORDS = {"list", "dict", "lru_cache", "generator", "async", "thread", "naïve", "café",
            "“quoted”", "it’s", "—", "€5", "décor", "__init__", "C#", "x*y", "a_b_c", "`", "*", "[", "]", "<", "&", "|"};
    /** Text damaged the usual ways: UTF-8 read as Windows-1252 (and as Mac Roman), then saved again as UTF-8. */
    private static final String[] MOJIBAKE = {"naÃ¯ve cafÃ©", "itâ€™s â€œquotedâ€\u009d", "Ã©tÃ© Ã  Paris", "â€”dashâ€“",
            "na√Øve caf√©", "√ºber", "Â°C Â±1"};

    private static String words(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(r.nextInt(12) == 0 ? MOJIBAKE[r.nextInt(MOJIBAKE.length)] : WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String inline(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> "**" + words(r, 2) + "**";
            case 1 -> "_" + words(r, 2) + "_";
            case 2 -> "`" + words(r, 2) + "`";
            case 3 -> "[" + words(r, 2) + "](#" + r.nextInt(100) + ")";
            case 4 -> "<kbd>Ctrl</kbd>+<kbd>C</kbd>";
            case 5 -> "<span class=\"x\">" + words(r, 2);
            case 6 -> "~~" + words(r, 1) + "~~";
            default -> words(r, 3);
        };
    }

    private static String paragraph(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) sb.append(inline(r)).append(i % 3 == 2 ? "\n" : " ");
        return sb.toString().strip() + "\n\n";
    }

    private static String markdown(SplittableRandom r) {
        int q = r.nextInt(1000);
        String body = paragraph(r);
        String indented = body.strip().indent(4);
        return switch (r.nextInt(17)) {
            case 0 -> "## Section " + words(r, 2) + "\n\n";
            case 1 -> "### Q" + q + ": What is " + words(r, 2) + "?\n\n" + body;
            case 2 -> "```python\ndef f" + q + "(x):\n    return x * 2  # " + words(r, 2) + "\n```\n\n";
            case 3 -> "~~~\n<div id=\"content\">" + words(r, 2) + "</div>\n" + (r.nextInt(20) == 0 ? "" : "~~~\n") + "\n";
            case 4 -> "| a | b | c |\n|---|:--:|--:|\n" + ("| " + words(r, 1) + " | `x|y` | " + q + " |\n").repeat(1 + r.nextInt(8)) + "\n";
            case 5 -> "!!! note \"" + words(r, 2) + "\"\n" + indented + "\n";
            case 6 -> "??? success \"View Answer\"\n" + indented + "\n    ```python\n    print(" + q + ")\n    ```\n\n";
            case 7 -> ":::tip " + words(r, 1) + "\n\n" + body + (r.nextInt(15) == 0 ? "" : ":::\n\n");
            case 8 -> "<Note>\n" + body + (r.nextInt(15) == 0 ? "" : "</Note>\n\n");
            case 9 -> "<AccordionGroup>\n  <Accordion title=\"" + q + ". " + words(r, 2) + "\">\n" + indented + "  </Accordion>\n</AccordionGroup>\n\n";
            case 10 -> "<Tabs>\n  <Tab title=\"pip\">\n    ```bash\n    pip install x\n    ```\n  </Tab>\n</Tabs>\n\n";
            case 11 -> "> [!WARNING]\n> " + words(r, 4) + "\n\n";
            case 12 -> "<details>\n<summary>" + q + ". " + words(r, 2) + "?</summary>\n\n" + body + "</details>\n\n";
            case 13 -> "- " + words(r, 2) + "\n  - " + inline(r) + "\n    1. " + words(r, 2) + "\n- [ ] " + words(r, 1) + "\n\n";
            case 14 -> "Q: " + words(r, 3) + "?\nA: " + words(r, 5) + "\n\n";
            case 15 -> q + ". " + words(r, 3) + "?\n" + words(r, 6) + "\nPage " + (q % 40) + " of 40\n\n";
            default -> body;
        };
    }

    private static String html(SplittableRandom r) {
        return switch (r.nextInt(10)) {
            case 0 -> "<div align=\"center\"><img src=\"x.png\" alt=\"" + words(r, 2) + "\" onerror=\"alert(1)\">";
            case 1 -> "</div>";
            case 2 -> "<table><tr><td>" + words(r, 2) + "</td><td colspan=\"2\">x</td></tr>";
            case 3 -> "<script>alert(" + r.nextInt(100) + ")</script>";
            case 4 -> "<a href=\"java&#x09;script:alert(1)\">" + words(r, 2) + "</a>";
            case 5 -> "<details open><summary>" + words(r, 2) + "</summary>";
            case 6 -> "<svg><g onload=alert(1)>" + words(r, 1) + "</svg>";
            case 7 -> "<span title='" + words(r, 1) + "' data-x=\"" + "a".repeat(r.nextInt(40)) + "\">";
            case 8 -> "<!-- " + words(r, 2) + " -->";
            default -> " " + words(r, 4) + " ";
        };
    }

    /** Writes every seed under {@code args[0]}, the test resources folder. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (Seed s : all()) {
            Path p = root.resolve(s.path());
            Files.createDirectories(p.getParent());
            Files.write(p, s.bytes());
            System.out.println(p + " " + Files.size(p) + " bytes");
        }
    }
}
