import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Site;
import dev.lectern.normalize.Normalizer;
import dev.lectern.publish.Artifact;
import dev.lectern.search.Relatedness;
import dev.lectern.search.SearchIndexer;
import dev.lectern.source.SourceStage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The search and relate stages alone, for bench/search.sh: reads and normalizes a content folder, then runs the
 * search stage and the relate stage one after the other on this thread and prints each one's CPU and wall time and the
 * heap in use after it; writes the search files to OUT/search/ (OUT must not exist, or be a folder this wrote before).
 *   java -Xss16m -cp generator/target/lectern.jar bench/SearchStage.java CONTENT OUT
 */
public class SearchStage {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (Files.exists(out) && !Files.isDirectory(out.resolve("search"))) throw new IllegalArgumentException(out + " exists and is no earlier output");
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(content, diagnostics);
        SourceStage.Content files = SourceStage.scan(content, config, diagnostics);
        Site site = Normalizer.normalize(new SourceStage().read(files.documents(), diagnostics), config, diagnostics, content);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<Artifact> search = new SearchIndexer().index(site, config.synonyms(), diagnostics);
        report("search", cpu, wall, threads);
        cpu = threads.getCurrentThreadCpuTime();
        wall = System.nanoTime();
        new Relatedness().relate(site);
        report("relate", cpu, wall, threads);
        Path dir = out.resolve("search");
        if (Files.isDirectory(dir)) try (var old = Files.list(dir)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        Files.createDirectories(dir);
        for (Artifact a : search) Files.write(out.resolve(a.path()), a.bytes());
        System.out.printf("%d search files written to %s%n", search.size(), dir);
    }

    private static void report(String stage, long cpu, long wall, ThreadMXBean threads) {
        Runtime r = Runtime.getRuntime();
        System.gc();
        System.out.printf("%s: cpu %d ms, wall %d ms, heap in use after it %d MB%n", stage,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
                (r.totalMemory() - r.freeMemory()) >> 20);
    }
}
