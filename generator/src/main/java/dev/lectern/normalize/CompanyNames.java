package dev.lectern.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which values of a companies field name a company. Companies come only from fields and headings that say so
 * ("Asked by:", "… - Initech Interview Question", a table's companies column), yet authors put other things there too:
 * a group ("Most Fintechs", "Consulting Firms"), a placeholder ("N/A", "-", "various"), a kind of question ("Design
 * Question"). A company's name is a proper noun, so a value is kept unless
 * <ul>
 *   <li>it has no capital letter ("various", "-", "n/a": proper nouns are capitalised);</li>
 *   <li>its first word is a quantifier or a placeholder ("Most …", "All", "Many Banks", "N/A", "None", "TBD");</li>
 *   <li>its last word is the plural of a word for a kind of organisation ("… Firms", "Startups", "Big Banks");</li>
 *   <li>every word of it is a common word of the site's own prose, written there in lower case more often than
 *   capitalised ({@link WordCase}: "Design Question" and "Frameworks" run through the text in lower case, "Initech"
 *   never does).</li>
 * </ul>
 */
final class CompanyNames {
    /** Words that open a phrase about a group or stand for no answer. */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "various", "all", "any", "some", "several",
            "few", "other", "others", "every", "each", "multiple", "numerous", "n/a", "na", "none", "nil", "null",
            "unknown", "tbd", "tba", "misc", "general");
    /** Plurals of words for a kind of organisation: they name a group, not a company. */
    private static final Set<String> ORGANISATIONS = Set.of("companies", "firms", "startups", "corporations",
            "enterprises", "businesses", "organizations", "organisations", "banks", "agencies", "teams", "employers",
            "vendors", "shops", "studios", "fintechs", "consultancies");

    private CompanyNames() {
    }

    /** Why {@code value} is not a company's name, or null when it may be one. */
    static String notAName(String value, WordCase prose) {
        if (value.codePoints().noneMatch(Character::isUpperCase)) return "it has no capital letter, as a name would";
        List<String> words = words(value);
        if (QUANTIFIERS.contains(words.get(0))) return "it speaks of a group or of none";
        if (ORGANISATIONS.contains(words.get(words.size() - 1))) return "it names a kind of organisation";
        if (words.stream().allMatch(prose::isCommon)) return "its words are common words of the text";
        return null;
    }

    /** The words of a value in lower case; "n/a" stays one word. */
    static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        for (String w : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}/]+")) {
            String word = w.replace("/", "").isEmpty() ? "" : w;
            if (!word.isEmpty()) out.add(word);
        }
        return out;
    }
}
