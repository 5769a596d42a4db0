package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's budget: a question page with the CSS, scripts and icon it loads is at most 30 KB gzip (the search index,
 * loaded only when the reader searches, aside). A guide page, however long its guide, stays under 80 KB gzip (seed
 * 001 on one page was 190 KB): a long guide goes on over more pages instead. Every page of content/ is weighed; the
 * heaviest of each kind is printed.
 */
class PageWeightTest {
    private static final int QUESTION_BUDGET = 30 * 1024;
    private static final int GUIDE_BUDGET = 80 * 1024;
    /** What a page loads as it opens: stylesheets, the icon, scripts. Our templates write these attributes in this order. */
    private static final Pattern LOADS = Pattern.compile("<(?:link rel=\"(?:stylesheet|icon)\" href|script src)=\"([^\"]+)\"");
    private static final Pattern GUIDE_PAGE = Pattern.compile("[^/]+/(page-[0-9]+/)?index\\.html");

    @Test
    void everyQuestionPageWithItsCssAndScriptsWeighsAtMost30KbGzip() throws IOException {
        // guide/question/index.html
        assertHeaviestWithin("question page", QUESTION_BUDGET, rel -> rel.getNameCount() == 3 && !GUIDE_PAGE.matcher(slashed(rel)).matches());
    }

    @Test
    void everyGuidePageWithItsCssAndScriptsWeighsAtMost80KbGzip() throws IOException {
        BuiltSite site = BuiltSite.content();
        assertTrue(site.pages().stream().anyMatch(p -> site.output.relativize(p).toString().contains("page-2")),
                "content/ has a guide long enough to go on over pages");
        assertHeaviestWithin("guide page", GUIDE_BUDGET, rel -> GUIDE_PAGE.matcher(slashed(rel)).matches()
                && !rel.startsWith("search") && !rel.startsWith("topics"));
    }

    private static String slashed(Path rel) {
        return rel.toString().replace('\\', '/');
    }

    private static void assertHeaviestWithin(String kind, int budget, java.util.function.Predicate<Path> which) throws IOException {
        BuiltSite site = BuiltSite.content();
        long heaviest = 0;
        String what = "";
        for (Path page : site.pages()) {
            Path rel = site.output.relativize(page);
            if (!which.test(rel)) continue;
            String html = Files.readString(page);
            Set<Path> loads = new LinkedHashSet<>();
            Matcher m = LOADS.matcher(html);
            while (m.find()) loads.add(page.getParent().resolve(m.group(1)).normalize());
            long total = gzip(Files.readAllBytes(page));
            StringBuilder parts = new StringBuilder(rel + " " + kb(total));
            for (Path asset : loads) {
                assertTrue(Files.isRegularFile(asset), rel + " loads a missing " + asset);
                long g = gzip(Files.readAllBytes(asset));
                total += g;
                parts.append(" + ").append(site.output.relativize(asset)).append(' ').append(kb(g));
            }
            if (total > heaviest) {
                heaviest = total;
                what = parts + " = " + kb(total);
            }
        }
        System.out.println("heaviest " + kind + " (gzip): " + what);
        assertTrue(heaviest > 0 && heaviest <= budget, what);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static long gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
