package dev.lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Big generated content folders, for the scale tests and {@code bench/scale.sh} (which runs this file on its own:
 * {@code java BigSites.java KIND N DIR}, so it needs nothing but the JDK). Titles draw words from a vocabulary with a
 * few very common words and a long tail, as real guides do, so related questions and derived topics have realistic
 * work; the seed is fixed, so a site is the same on every run.
 *
 * <ul>
 *   <li>{@code sections N}: one guide of N sections, each with one short question</li>
 *   <li>{@code files N}: N small guides of three sections and six questions each</li>
 *   <li>{@code questions N}: one guide of N questions in sections of 100 (N = 40,000 is about 5 MB)</li>
 *   <li>{@code headings N}: one guide whose N headings each open a section with a line of prose and no question</li>
 * </ul>
 */
public final class BigSites {
    private static final String[] COMMON = {"python", "list", "function", "class", "value", "code", "data", "type"};

    private BigSites() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java BigSites.java sections|files|questions|headings N DIR");
            System.exit(2);
        }
        write(args[0], Integer.parseInt(args[1]), Path.of(args[2]));
    }

    /** Writes the site {@code kind} of size {@code n} into {@code dir} (created); returns the bytes written. */
    public static long write(String kind, int n, Path dir) {
        try {
            Files.createDirectories(dir);
            Random random = new Random(8);
            switch (kind) {
                case "sections" -> guide(dir.resolve("sections.md"), "Sections", random, n, 1, 0);
                case "files" -> {
                    for (int i = 0; i < n; i++) guide(dir.resolve(String.format(Locale.ROOT, "guide-%05d.md", i)), "Guide " + i, random, 3, 2, 0);
                }
                case "questions" -> guide(dir.resolve("questions.md"), "Questions", random, (n + 99) / 100, 100, 0);
                case "headings" -> guide(dir.resolve("headings.md"), "Headings", random, n, 0, 1);
                default -> throw new IllegalArgumentException("unknown kind: " + kind);
            }
            try (var files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guide(Path file, String title, Random random, int sections, int perSection, int proseLines) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# " + title + "\n\nA generated guide.\n\n");
            int q = 0;
            for (int s = 0; s < sections; s++) {
                w.write("## " + capital(word(random)) + " " + word(random) + " " + (s + 1) + "\n\n");
                for (int p = 0; p < proseLines; p++) w.write("Some " + word(random) + " prose.\n\n");
                for (int i = 0; i < perSection; i++) {
                    q++;
                    w.write("### " + q + ". How does " + word(random) + " " + word(random) + " work with " + word(random) + "?\n\n");
                    w.write("It uses the " + word(random) + " and " + word(random) + " of the " + word(random) + ".\n\n");
                }
            }
        }
    }

    /** A common word now and then, else one of a few thousand made-up ones, the small numbers far likelier. */
    private static String word(Random random) {
        if (random.nextInt(4) == 0) return COMMON[random.nextInt(COMMON.length)];
        int k = (int) Math.floor(Math.pow(5000, random.nextDouble()));
        StringBuilder sb = new StringBuilder();
        String consonants = "bcdfgklmnprstvz";
        String vowels = "aeiou";
        do {
            sb.append(consonants.charAt(k % consonants.length())).append(vowels.charAt(k / consonants.length() % vowels.length()));
            k /= consonants.length() * vowels.length();
        } while (k > 0);
        return sb.append("x").toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
