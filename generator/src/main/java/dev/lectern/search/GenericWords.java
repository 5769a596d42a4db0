package dev.lectern.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that say how a question is asked rather than what it is about ("explain the difference", "how do you
 * handle", "best practices", "python"). Relating questions and deriving topics leave them out: two questions that
 * both ask "when to use them" are not alike for it, and "difference" is no topic.
 */
final class GenericWords {
    static final String WORDS = """
            what which who whom whose when where why how do does did done doing can could would should shall must may might
            you your yours we our i me my us it its them they one ones some any all each every other another more most many
            much few about also like within without over under new real world vs versus between
            explain describe discuss define definition difference differences different differ compare comparison
            example examples give tell show list name mean means meaning purpose role use uses used using usage
            work works working way ways common main key important best good better approach approaches concept concepts
            handle handling implement implementation write create creating make get provide provides ensure achieve
            improve benefit benefits advantage advantages disadvantages feature features case cases time times had
            python python3 py programming program code practical practice practices specific simple basic basics advanced
            scenario situation help type types applications application effective effectively efficient efficiently
            offer offers find base based driven large issues issue problems problem considerations techniques technique
            strategies strategy mechanism mechanisms principles challenge challenges development support supports user
            users read project projects production system systems order control prevent organization custom multiple
            from data function functions management manage operations operation pattern patterns access
            """;

    /** Spellings that are generic where their stem is not ("generate" is, "generators" is not; "proper", "property"). */
    static final Set<String> SPELLINGS = Set.of("generate", "generated", "generating", "general", "generally", "generic",
            "proper", "properly");

    private GenericWords() {
    }

    /** The words as the prose analyzer stems them. */
    static Set<String> terms(Analysis analysis) {
        Set<String> out = new HashSet<>();
        for (String word : WORDS.trim().split("\\s+")) out.addAll(Analysis.terms(analysis.prose(), word));
        return Set.copyOf(out);
    }
}
