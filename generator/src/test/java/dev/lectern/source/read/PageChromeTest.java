package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Another site's chrome in text copied from its page is recognised by shape, and listed line by line. */
class PageChromeTest {
    @Test
    void navigationShareRowsNewsletterAndCopyrightOfAnotherSiteAreDroppedAndListed() throws IOException {
        DetectFixtures f = DetectFixtures.read("chrome-page.txt");
        assertEquals("JavaScript Interview Questions and Answers", f.guide().title());
        assertEquals(List.of("What is a closure in JavaScript?", "What is the difference between let and var?", "Explain event delegation."), f.titles());
        String shown = f.shown();
        for (String chrome : List.of("Share this", "Subscribe", "newsletter", "All rights reserved", "Privacy Policy", "Home › Interview Prep", "Log in")) {
            assertFalse(shown.contains(chrome), "'" + chrome + "' is chrome:\n" + shown);
        }
        assertTrue(DetectFixtures.text(f.question("Explain event delegation.").answer()).contains("common ancestor"));
        List<String> notes = f.notes("web-page chrome");
        assertEquals(1, notes.size(), "one note: " + f.diagnostics());
        String note = notes.get(0);
        assertTrue(note.contains("detect/chrome-page.txt:1: Home | Tutorials"), note);
        assertTrue(note.contains("detect/chrome-page.txt:9: Share this"), note);
        assertTrue(note.contains("detect/chrome-page.txt:41: © 2024 DevPrep Academy. All rights reserved."), note);
        f.assertNothingLost();
    }
}
