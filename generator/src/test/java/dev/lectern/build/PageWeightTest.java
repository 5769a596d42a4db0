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
 * loaded only when the reader searches, aside). Every question page of content/ is weighed; the heaviest is printed.
 */
class PageWeightTest {
    private static final int BUDGET = 30 * 1024;
    /** What a page loads as it opens: stylesheets, the icon, scripts. Our templates write these attributes in this order. */
    private static final Pattern LOADS = Pattern.compile("<(?:link rel=\"(?:stylesheet|icon)\" href|script src)=\"([^\"]+)\"");

    @Test
    void everyQuestionPageWithItsCssAndScriptsWeighsAtMost30KbGzip() throws IOException {
        BuiltSite site = BuiltSite.content();
        long heaviest = 0;
        String which = "";
        for (Path page : site.pages()) {
            Path rel = site.output.relativize(page);
            if (rel.getNameCount() != 3) continue; // guide/question/index.html
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
                which = parts + " = " + kb(total);
            }
        }
        System.out.println("heaviest question page (gzip): " + which);
        assertTrue(heaviest > 0 && heaviest <= BUDGET, which);
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
