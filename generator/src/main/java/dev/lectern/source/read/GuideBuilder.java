package dev.lectern.source.read;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a guide from a stream of events in source order: sections open, questions open, content goes to the open
 * question's answer or, when none is open, to the section's own prose. Slugs are left empty for the normalize stage.
 */
public final class GuideBuilder {
    private final Document doc;
    private final String dialect;
    private String title = "";
    private String description = "";
    private final List<Section> sections = new ArrayList<>();
    private String sectionTitle = "";
    private SourcePos sectionPos;
    private final List<Block> sectionIntro = new ArrayList<>();
    private final List<Block> sectionOutro = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private String questionTitle;
    private Meta questionMeta;
    private SourcePos questionPos;
    private final List<Block> answer = new ArrayList<>();
    /** Dialect scaffolding the site replaces with its own, by what replaced it: one note per kind at build. */
    private final java.util.Map<String, List<String>> replaced = new java.util.TreeMap<>();
    /** Diagnostics held until {@link #report()}, so that a reader may assemble a document twice and report once. */
    private final List<dev.lectern.diag.Diagnostic> pending = new ArrayList<>();
    /** Metadata front matter gives every question ({@code difficulty:}, {@code tags:}, {@code companies:}). */
    private final Meta defaults;
    private boolean unfolded;

    public GuideBuilder(Document doc, String dialect) {
        this.doc = doc;
        this.dialect = dialect;
        this.sectionPos = SourcePos.of(doc.file(), 1);
        this.title = doc.frontMatter().string("title");
        this.description = doc.frontMatter().string("description");
        this.defaults = MetaLine.defaults(doc.frontMatter());
    }

    public String title() {
        return title;
    }

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    public void title(String t) {
        title = t;
    }

    public boolean hasDescription() {
        return !description.isEmpty();
    }

    public void description(String d) {
        description = d;
    }

    public boolean inQuestion() {
        return questionTitle != null;
    }

    public boolean hasContent() {
        return !sections.isEmpty() || !questions.isEmpty() || !sectionIntro.isEmpty() || !sectionOutro.isEmpty();
    }

    public void section(String t, SourcePos pos) {
        closeSection();
        sectionTitle = t;
        sectionPos = pos;
    }

    public void question(String t, Meta meta, SourcePos pos) {
        closeQuestion();
        questionTitle = t;
        questionMeta = MetaLine.merge(meta, defaults);
        questionPos = pos;
    }

    /** Ends the open question, so that what follows is the section's prose again. */
    public void endQuestion() {
        closeQuestion();
    }

    public void content(Block b) {
        if (questionTitle != null) answer.add(b);
        else if (questions.isEmpty()) sectionIntro.add(b);
        else sectionOutro.add(b);
    }

    public void content(List<Block> bs) {
        bs.forEach(this::content);
    }

    /** Records source text the site shows in its own way (a toggle label, metadata), for the note that says so. */
    public void replaced(String how, String text) {
        replaced.computeIfAbsent(how, k -> new ArrayList<>()).add(text);
    }

    /** The guide, with its diagnostics reported. */
    public Guide build() {
        Guide g = assemble();
        report();
        return g;
    }

    /** Adds the diagnostics gathered while assembling to the document's. */
    public void report() {
        replaced.forEach((how, texts) -> doc.diagnostics().add(new dev.lectern.diag.Diagnostic(dev.lectern.diag.Severity.NOTE,
                SourcePos.of(doc.file(), 1), texts.size() + " × " + how + " (e.g. '" + texts.get(0) + "')", "", texts)));
        doc.diagnostics().addAll(pending);
        replaced.clear();
        pending.clear();
    }

    /** Questions were found, but the document is a page: {@link #assemble()} turned them back into headings. */
    public boolean unfolded() {
        return unfolded;
    }

    /** The guide so far (call once); its diagnostics wait for {@link #report()}. */
    public Guide assemble() {
        closeSection();
        List<Section> kept = new ArrayList<>();
        for (Section s : sections) {
            if (!s.title().isEmpty() || !s.intro().isEmpty() || !s.questions().isEmpty() || !s.outro().isEmpty()) kept.add(s);
        }
        String t = title.isEmpty() ? doc.slug() : title;
        Guide.Kind kind = kind(kept);
        unfolded = kind == Guide.Kind.PAGE && kept.stream().anyMatch(s -> !s.questions().isEmpty());
        if (kind == Guide.Kind.PAGE) kept = kept.stream().map(GuideBuilder::unfold).toList();
        return new Guide(doc.slug(), t, description, dialect, kept, SourcePos.of(doc.file(), 1), doc.source(), kind);
    }

    /** On a page ({@code kind: page}) a question is a heading like any other, its answer the text below it. */
    private static Section unfold(Section s) {
        if (s.questions().isEmpty()) return s;
        List<Block> prose = new ArrayList<>(s.intro());
        int level = s.title().isEmpty() ? 2 : 3;
        for (Question q : s.questions()) {
            prose.add(new dev.lectern.model.Heading(level, q.title(), q.pos()));
            prose.addAll(q.answer());
        }
        prose.addAll(s.outro());
        return new Section(s.slug(), s.title(), prose, List.of(), List.of(), s.references(), s.pos());
    }

    /** Front matter's {@code kind:} when it names one; else a document with questions is a guide, any other a page. */
    private Guide.Kind kind(List<Section> kept) {
        String named = doc.frontMatter().string("kind");
        if (!named.isEmpty()) {
            Guide.Kind k = Guide.Kind.named(named);
            if (k != null) return k;
            pending.add(dev.lectern.diag.Diagnostic.warning(SourcePos.of(doc.file(), 2),
                    "unknown kind '" + named + "'; detecting it instead", "use 'kind: guide' or 'kind: page'"));
        }
        return Guide.Kind.detect(kept);
    }

    private void closeQuestion() {
        if (questionTitle == null) return;
        if (answer.isEmpty()) {
            pending.add(dev.lectern.diag.Diagnostic.warning(questionPos,
                    "question '" + questionTitle + "' has no answer", "write its answer below it, or remove it"));
        }
        questions.add(new Question("", questionTitle, answer, questionMeta, questionPos));
        answer.clear();
        questionTitle = null;
    }

    private void closeSection() {
        closeQuestion();
        List<Block> prose = new ArrayList<>(sectionIntro);
        prose.addAll(sectionOutro);
        sections.add(new Section("", sectionTitle, sectionIntro, questions, sectionOutro,
                ReferenceFinder.find(sectionTitle, prose), sectionPos));
        sectionIntro.clear();
        sectionOutro.clear();
        questions.clear();
    }
}
