package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.model.Guide;
import dev.lectern.source.FrontMatter;
import dev.lectern.source.text.MojibakeRepair;
import dev.lectern.source.text.TextDecoder;
import dev.lectern.testing.BuiltSite;
import dev.lectern.testing.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Nothing a reader wrote is lost: for each guide, at least 99.5% of the words of its source (after repair, outside
 * markup, and not dropped by a diagnostic that says why) appear on its guide's pages. Counted as a multiset, so a dropped
 * paragraph shows even when its words occur elsewhere. Words are runs of letters and digits with at least one letter;
 * question numbering ("Q3", "3.") is replaced by the site's own order and not counted.
 */
class WordCoverageTest {
    static final double REQUIRED = 0.995;

    @TestFactory
    List<DynamicTest> everyGuidePageKeepsTheWordsOfItsSource() {
        BuiltSite site = BuiltSite.content();
        List<DynamicTest> tests = new ArrayList<>();
        for (Guide g : site.result.site().guides()) {
            tests.add(DynamicTest.dynamicTest(g.slug(), () -> {
                Path source = Paths.root().resolve(g.pos().file()).normalize();
                if (!Files.exists(source)) source = Paths.root().resolve("content").resolve(Path.of(g.pos().file()).getFileName());
                String text = MojibakeRepair.repair(TextDecoder.decode(Files.readAllBytes(source), "x").text(), "x").text();
                String body = FrontMatter.split(text, "x", new ArrayList<>()).body();
                Map<String, Integer> want = count(SourceWords.strip(body));
                for (Diagnostic d : site.result.diagnostics().sorted()) {
                    if (d.pos().file().equals(g.pos().file())) for (String dropped : d.dropped()) subtract(want, count(SourceWords.strip(dropped)));
                }
                Document page = site.guideDocument(g.slug()); // a long guide goes on over page-2/, page-3/, …
                page.body().getAllElements().forEach(e -> e.after(" "));  // adjacent elements are separate words
                StringBuilder rendered = new StringBuilder(page.body().wholeText());
                page.select("img[alt]").forEach(img -> rendered.append(' ').append(img.attr("alt")));
                Map<String, Integer> have = count(rendered.toString());
                int total = 0;
                int missing = 0;
                Map<String, Integer> missed = new TreeMap<>();
                for (var e : want.entrySet()) {
                    total += e.getValue();
                    int lost = e.getValue() - have.getOrDefault(e.getKey(), 0);
                    if (lost > 0) {
                        missing += lost;
                        missed.put(e.getKey(), lost);
                    }
                }
                double coverage = total == 0 ? 1 : 1 - (double) missing / total;
                String report = String.format(Locale.ROOT, "%s: %.3f%% of %d words on the guide's pages; missing %d: %s", g.slug(), coverage * 100, total, missing,
                        missed.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40).map(e -> e.getKey() + "×" + e.getValue()).toList());
                System.out.println(report);
                assertTrue(coverage >= REQUIRED, report);
            }));
        }
        return tests;
    }

    static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean letter = false;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                letter |= Character.isLetter(text.codePointAt(i));
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (letter && !isNumbering(w)) counts.merge(w, 1, Integer::sum);
            } else if (text.charAt(i) == '\\' && i + 1 < text.length() && "ntr".indexOf(text.charAt(i + 1)) >= 0) {
                // an escape: "\nResult" is the word "Result", whether the page shows the escape or the line break it
                // was repaired into (code a source stored on one line)
                i += 2;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return counts;
    }

    private static boolean isNumbering(String w) {
        return w.length() > 1 && w.charAt(0) == 'q' && w.substring(1).chars().allMatch(Character::isDigit);
    }

    private static void subtract(Map<String, Integer> from, Map<String, Integer> what) {
        what.forEach((k, v) -> from.computeIfPresent(k, (kk, old) -> old - v > 0 ? old - v : null));
    }
}
