package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.Code;
import dev.lectern.model.Guide;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import dev.lectern.model.Tabs;
import dev.lectern.source.ContentFile;
import dev.lectern.source.SourceStage;
import dev.lectern.testing.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads a fixture of {@code fixtures/detect/} and answers questions about the guide it became. */
record DetectFixtures(Guide guide, List<Diagnostic> diagnostics, String source) {
    static DetectFixtures read(String name) throws IOException {
        Path file = Paths.fixtures().resolve("detect").resolve(name);
        Diagnostics diags = new Diagnostics();
        Guide g = new SourceStage().readOne(new ContentFile(file, "detect/" + name, name.substring(0, name.indexOf('.'))), diags);
        assertNotNull(g, "fixture did not read: " + diags.sorted());
        return new DetectFixtures(g, diags.sorted(), Files.readString(file, StandardCharsets.UTF_8));
    }

    List<Question> questions() {
        return guide.sections().stream().flatMap(s -> s.questions().stream()).toList();
    }

    List<String> titles() {
        return questions().stream().map(Question::title).toList();
    }

    List<String> sections() {
        return guide.sections().stream().map(Section::title).filter(t -> !t.isEmpty()).toList();
    }

    Question question(String title) {
        return questions().stream().filter(q -> q.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no question '" + title + "' in " + titles()));
    }

    static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Markdown m) sb.append(m.text());
            else if (b instanceof Heading h) sb.append(h.text());
            else if (b instanceof Code c) sb.append(c.language()).append('\n').append(c.code());
            else if (b instanceof Callout c) sb.append(c.title()).append('\n').append(text(c.body()));
            else if (b instanceof Tabs t) t.tabs().forEach(tab -> sb.append(tab.label()).append('\n').append(text(tab.body())));
            else if (b instanceof dev.lectern.model.Group g) g.items().forEach(i -> sb.append(i.title()).append('\n').append(text(i.body())));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Everything the guide shows: titles, prose, answers. */
    String shown() {
        StringBuilder sb = new StringBuilder(guide.title()).append('\n').append(guide.description()).append('\n');
        for (Section s : guide.sections()) {
            sb.append(s.title()).append('\n').append(text(s.intro()));
            for (Question q : s.questions()) sb.append(q.title()).append('\n').append(text(q.answer()));
            sb.append(text(s.outro()));
        }
        return sb.toString();
    }

    /** Words of the source (outside front matter keys and MDX imports) that are neither shown nor listed as dropped. */
    Set<String> lostWords(Set<String> scaffolding) {
        Set<String> have = words(shown());
        for (Diagnostic d : diagnostics) d.dropped().forEach(t -> have.addAll(words(t)));
        List<String> lines = new ArrayList<>(source.lines().filter(l -> !l.startsWith("import ")).toList());
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) lines.set(i, lines.get(i).substring(lines.get(i).indexOf(':') + 1));
        }
        Set<String> lost = new TreeSet<>(words(String.join("\n", lines)));
        lost.removeAll(have);
        lost.removeAll(scaffolding);
        return lost;
    }

    void assertNothingLost(String... scaffolding) {
        Set<String> lost = lostWords(Set.of(scaffolding));
        assertTrue(lost.isEmpty(), guide.slug() + " lost words " + lost + "\n" + shown());
    }

    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 1 && w.chars().anyMatch(Character::isLetter)) out.add(w);
        return out;
    }

    List<String> notes(String containing) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) if (d.message().contains(containing)) out.add(d.message());
        return out;
    }
}
