package dev.lectern.source.read;

import java.util.Set;

/** Verbs that open a question phrased as an instruction ("Explain …", "Describe …"). */
final class Imperatives {
    private Imperatives() {
    }

    static final Set<String> WORDS = Set.of("Explain", "Describe", "Compare", "Define", "Discuss", "Differentiate",
            "Contrast", "Illustrate", "Implement", "Write", "Design", "List", "Name", "Give", "Outline", "Summarize",
            "Summarise", "Demonstrate", "Show", "Tell", "Walk", "Identify", "Distinguish", "Elaborate", "Mention", "State");
}
