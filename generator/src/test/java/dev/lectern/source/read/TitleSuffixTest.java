package dev.lectern.source.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Companies come from a heading's suffix only where its words say they ask the question. */
class TitleSuffixTest {
    @Test
    void aSuffixEndingInInterviewNamesWhoAsks() {
        for (String ending : List.of("Interview", "interviews", "Interview Question", "interview questions")) {
            TitleSuffix t = TitleSuffix.split("How do leases expire? - Initech, Hooli " + ending);
            assertEquals("How do leases expire?", t.title(), ending);
            assertEquals(List.of("Initech", "Hooli"), t.companies(), ending);
        }
        assertEquals(List.of("Globex"), TitleSuffix.split("Why shard by tenant? (asked at Globex)").companies());
        assertEquals(List.of("Globex"), TitleSuffix.split("Why shard by tenant? | Asked by Globex").companies());
    }

    @Test
    void anyOtherSuffixStaysInTheTitle() {
        for (String h : List.of("Sorting - a quick question", "Caching - Interview", "Retries - Initech questions",
                "Backoff - the interview process")) {
            TitleSuffix t = TitleSuffix.split(h);
            assertEquals(h, t.title(), h);
            assertEquals(List.of(), t.companies(), h);
        }
    }
}
