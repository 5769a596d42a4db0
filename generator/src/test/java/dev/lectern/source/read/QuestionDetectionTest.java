package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions found in any author's Markdown, whatever the heading levels (fixtures/detect, written for these tests). */
class QuestionDetectionTest {
    @Test
    void questionHeadingsRightUnderTheTitleAreQuestionsAndASiblingHeadingThatAsksNothingIsASection() throws IOException {
        DetectFixtures f = DetectFixtures.read("readme-faq.md");
        assertEquals("Python Q&A", f.guide().title());
        assertEquals(List.of("What is a list?", "What is a tuple?", "Why are dictionaries fast?"), f.titles());
        assertEquals(List.of("Contributing"), f.sections());
        assertTrue(DetectFixtures.text(f.question("What is a tuple?").answer()).contains("x, y = point"));
        assertTrue(DetectFixtures.text(f.question("Why are dictionaries fast?").answer()).contains("A note on ordering"),
                "a sub-heading stays in its answer");
        assertEquals(Guide.Kind.GUIDE, f.guide().kind());
        f.assertNothingLost();
    }

    @Test
    void numberedQuestionsTwoLevelsBelowAnFaqTitleAreQuestionsEvenWithoutAQuestionMark() throws IOException {
        DetectFixtures f = DetectFixtures.read("docker-faq.md");
        assertEquals(List.of("What is a container?", "How is an image different from a container?", "Where are named volumes stored",
                "Can two containers share a volume?"), f.titles());
        assertEquals(List.of(), f.sections());
        assertTrue(DetectFixtures.text(f.question("Where are named volumes stored").answer()).contains("/var/lib/docker/volumes"));
        assertEquals(Guide.Kind.GUIDE, f.guide().kind());
        f.assertNothingLost();
    }

    @Test
    void qAndAParagraphPairsAreQuestionsAndTheirAnswerLabelsGo() throws IOException {
        DetectFixtures f = DetectFixtures.read("qa-pairs.md");
        assertEquals(List.of("How often do you release?", "Who can cut a release?", "Do you backport fixes?"), f.titles());
        String first = DetectFixtures.text(f.question("How often do you release?").answer());
        assertTrue(first.startsWith("Every six weeks"), first);
        String third = DetectFixtures.text(f.question("Do you backport fixes?").answer());
        assertTrue(third.startsWith("Only security fixes"), third);
        assertTrue(f.shown().contains("Anything else: ask on the mailing list."));
        assertEquals(Guide.Kind.GUIDE, f.guide().kind());
        f.assertNothingLost();
    }

    @Test
    void boldQuestionParagraphsAreQuestionsWithTheBlocksBelowAsTheirAnswer() throws IOException {
        DetectFixtures f = DetectFixtures.read("bold-questions.md");
        assertEquals(List.of("What is Kubernetes?", "What is a Pod?", "What does a Deployment add?"), f.titles());
        assertTrue(DetectFixtures.text(f.question("What is a Pod?").answer()).contains("kind: Pod"), "the code after it is its answer too");
        f.assertNothingLost();
    }

    @Test
    void subHeadingsOfAnFaqSectionAreQuestionsAndTheOtherSectionsStayPlain() throws IOException {
        DetectFixtures f = DetectFixtures.read("faq-section.md");
        assertEquals(List.of("Does it work offline", "Can I use my own theme", "Which platforms are supported"), f.titles());
        assertEquals(List.of("Installation", "Usage", "Frequently Asked Questions", "License"), f.sections());
        assertEquals(Guide.Kind.GUIDE, f.guide().kind());
        f.assertNothingLost();
    }

    @Test
    void aDefinitionListIsAGlossaryOfQuestions() throws IOException {
        DetectFixtures f = DetectFixtures.read("glossary.md");
        assertEquals(List.of("Latency", "Throughput", "Jitter"), f.titles());
        String throughput = DetectFixtures.text(f.question("Throughput").answer());
        assertTrue(throughput.contains("How much data") && throughput.contains("Not to be confused"), throughput);
        assertTrue(!throughput.contains(": "), "the definition markers are gone: " + throughput);
        assertTrue(DetectFixtures.text(f.guide().sections().get(0).outro()).contains("See the monitoring chapter"),
                "prose after the list is the page's again, not Jitter's answer");
        f.assertNothingLost();
    }

    @Test
    void aManualWithOneQuestionHeadingStaysAPageWithAllItsContent() throws IOException {
        DetectFixtures f = DetectFixtures.read("manual-page.md");
        assertEquals(Guide.Kind.PAGE, f.guide().kind());
        assertEquals(0, f.guide().questionCount());
        assertEquals(List.of("Installation", "Design", "Settings", "Troubleshooting"), f.sections());
        assertTrue(DetectFixtures.text(f.guide().sections().stream().filter(s -> s.title().equals("Design")).findFirst().orElseThrow().intro()).contains("Why a separate process?"), "the heading stays a heading");
        f.assertNothingLost();
    }

    @Test
    void collapsiblesOfMkdocsDocusaurusAndMintlifyInAnFaqAreQuestions() throws IOException {
        DetectFixtures mkdocs = DetectFixtures.read("mkdocs-faq.md");
        assertEquals("mkdocs", mkdocs.guide().dialect());
        assertEquals(List.of("How do I enable collapsible blocks?", "Can blocks be nested?", "Which types are supported"), mkdocs.titles());
        assertEquals(List.of("Setup", "Writing"), mkdocs.sections());
        mkdocs.assertNothingLost("question", "note");

        DetectFixtures docusaurus = DetectFixtures.read("docusaurus-faq.mdx");
        assertEquals("docusaurus", docusaurus.guide().dialect());
        assertEquals(List.of("Why does my sidebar not show a new page", "How do I hide a page from search?"), docusaurus.titles());
        docusaurus.assertNothingLost("details", "summary", "tip", "theme", "tabs", "from");

        DetectFixtures mintlify = DetectFixtures.read("mintlify-faq.mdx");
        assertEquals("mintlify", mintlify.guide().dialect());
        assertEquals(List.of("Can I change plans at any time", "Do you offer refunds"), mintlify.titles());
        assertTrue(DetectFixtures.text(mintlify.question("Do you offer refunds").answer()).contains("Within 14 days"));
        mintlify.assertNothingLost("accordiongroup", "accordion", "title", "note");
    }

    @Test
    void aHeadingAnsweredByACollapsibleThatOffersTheAnswerIsAQuestionInAnyDialect() throws IOException {
        DetectFixtures f = DetectFixtures.read("exercises.md");
        assertEquals("github", f.guide().dialect());
        assertEquals(List.of("Reverse a string", "FizzBuzz"), f.titles());
        assertTrue(DetectFixtures.text(f.question("Reverse a string").answer()).contains("return s[::-1]"));
        String fizz = DetectFixtures.text(f.question("FizzBuzz").answer());
        assertTrue(fizz.contains("Print the numbers") && fizz.contains("i % 15"), fizz);
        assertTrue(f.notes("answer toggle").get(0).startsWith("2 × "), "the toggles' labels are noted: " + f.diagnostics());
        assertTrue(f.shown().contains("Setup notes"), "a collapsible that names its topic keeps its title");
        f.assertNothingLost("details", "summary");
    }

    @Test
    void metadataIsReadByMeaningInAnySpellingAndFromFrontMatter() throws IOException {
        DetectFixtures f = DetectFixtures.read("metadata.md");
        Meta idempotent = f.question("What does idempotent mean?").meta();
        assertEquals(Meta.Difficulty.EASY, idempotent.difficulty());
        assertEquals(List.of("methods", "semantics"), idempotent.tags());

        Meta notModified = f.question("How does a 304 response work?").meta();
        assertEquals(Meta.Difficulty.HARD, notModified.difficulty());
        assertEquals(List.of("Stripe", "Shopify", "Cloudflare"), notModified.companies());
        assertEquals(List.of("http"), notModified.tags(), "front matter tags are the default");

        Meta http2 = f.question("Why is HTTP/2 faster over one connection?").meta();
        assertEquals(Meta.Difficulty.MEDIUM, http2.difficulty());
        assertEquals(List.of("multiplexing", "hpack"), http2.tags());
        assertEquals(List.of("Google"), http2.companies());

        assertEquals(List.of("Mozilla"), f.question("What is a preflight request?").meta().companies());
        assertEquals(List.of("What is the difference between a proxy and a gateway? - a short history"), f.sections(),
                "a suffix that names no one asking stays in the title (which then asks nothing: a section)");
        assertTrue(!DetectFixtures.text(f.question("What does idempotent mean?").answer()).contains("Level"), "the metadata line is not answer text");
    }
}
