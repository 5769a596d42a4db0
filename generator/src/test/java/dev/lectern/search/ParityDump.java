package dev.lectern.search;

import dev.lectern.testing.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Writes what the Java side makes of the corpus, for the Node parity test (generator/src/test/js/parity.test.js) to
 * compare with core.js: every distinct token of content/ (plus stemmer stress words) → prose and code terms; whole
 * texts → terms (tokenization); every document → its URL. {@code site.SearchClientSuite} writes it before it runs the
 * tests in Node.
 */
public final class ParityDump {
    static final List<String> SUFFIXES = List.of("s", "es", "ed", "ing", "ly", "ness", "ational", "tional", "ization", "ation",
            "fulness", "iveness", "ousness", "ability", "ibility", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ion", "ou", "icate", "ative", "alize", "iciti",
            "ical", "ful", "logi", "bli", "alli", "entli", "eli", "ousli", "enci", "anci", "izer", "ator", "alism", "aliti",
            "biliti", "eed", "ies", "sses", "y", "e", "ll", "at", "bl", "iz");
    static final int STRESS_STEP = 4;
    static final List<String> TRICKY = List.of("İstanbul", "ΟΔΟΣ", "naïve", "café's", "Python’s", "ABCs", "URLs", "HTTPResponse",
            "x²", "__init__.py", "**config", "@app.route", "a.b.c", "3.14", "v2.0", "e.g", "don't", "ß", "Ǆemal", "a_", "_a", "__");

    private ParityDump() {}

    /** Writes words.tsv, texts.jsonl and urls.txt into the folder {@code out}, from the content/ site of this JVM. */
    public static void write(Path out) throws IOException {
        Files.createDirectories(out);
        Analysis analysis = new Analysis();
        List<SearchDoc> docs = DocCollector.collect(BuiltSite.content().result.site());
        TreeSet<String> tokens = new TreeSet<>(TRICKY);
        List<String> texts = new ArrayList<>();
        for (SearchDoc d : docs) {
            for (String text : List.of(d.title(), d.body(), d.code(), String.join(" ", d.tags()), String.join(" ", d.companies()))) {
                Matcher m = Analysis.TOKEN.matcher(text);
                while (m.find()) tokens.add(m.group());
            }
            texts.add(d.title());
            texts.add(d.body().substring(0, Math.min(3000, d.body().length())));
            texts.add(d.code().substring(0, Math.min(3000, d.code().length())));
        }
        // each plain word with every STRESS_STEP-th suffix, starting at its own place in the list: every suffix still
        // meets a few thousand stems (all of them made a quarter of a million words to analyze on both sides)
        TreeSet<String> stress = new TreeSet<>();
        int word = 0;
        for (String t : tokens) {
            if (!Identifiers.isPlainWord(t) || t.length() < 3) continue;
            String lower = Identifiers.lower(t);
            for (int i = word++ % STRESS_STEP; i < SUFFIXES.size(); i += STRESS_STEP) stress.add(lower + SUFFIXES.get(i));
        }
        tokens.addAll(stress);
        StringBuilder words = new StringBuilder();
        for (String t : tokens) {
            words.append(t).append('\t').append(String.join(" ", Analysis.terms(analysis.prose(), t)))
                    .append('\t').append(String.join(" ", Analysis.terms(analysis.code(), t))).append('\n');
        }
        Files.writeString(out.resolve("words.tsv"), words);
        StringBuilder lines = new StringBuilder();
        for (String text : texts) {
            if (text.isEmpty()) continue;
            lines.append("{\"text\":").append(Json.string(text)).append(",\"prose\":")
                    .append(Json.strings(Analysis.terms(analysis.prose(), text))).append(",\"code\":")
                    .append(Json.strings(Analysis.terms(analysis.code(), text))).append("}\n");
        }
        Files.writeString(out.resolve("texts.jsonl"), lines);
        StringBuilder urls = new StringBuilder();
        for (SearchDoc d : docs) urls.append(d.url()).append('\n');
        Files.writeString(out.resolve("urls.txt"), urls);
        if (tokens.size() <= 10_000) throw new IllegalStateException("only " + tokens.size() + " tokens: is content/ there?");
    }
}
