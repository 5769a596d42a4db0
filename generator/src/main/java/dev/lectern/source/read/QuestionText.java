package dev.lectern.source.read;

import java.util.Locale;

/**
 * What makes a line of text a question, for every reader: it asks ({@code … ?}), it carries a question label
 * ({@code Q3:}, {@code Question 3.}, {@code Challenge 2:}), or a bare number ({@code 3.}), which is a weaker sign
 * (numbered steps and chapters look the same). Also what makes a heading title an FAQ: the words say so.
 */
final class QuestionText {
    /** How strongly a heading's text says that it is a question. */
    enum Strength { NONE, WEAK, STRONG }

    private QuestionText() {
    }

    static boolean asks(String text) {
        String s = Numbering.unbold(text.strip());
        return s.endsWith("?") || s.endsWith("？");
    }

    /** One sentence that instructs ("Explain decorators.", "Write a parser"): how exercise lists phrase questions. */
    static boolean instructs(String text) {
        String s = text.strip();
        return Imperatives.WORDS.contains(s.split(" ", 2)[0]) && !s.contains(". ");
    }

    /** Words that open a direct question ("How does …", "Why is …"), for lines that do not end in a question mark. */
    private static final java.util.Set<String> INTERROGATIVES = java.util.Set.of("how", "what", "why", "when", "where",
            "which", "who", "whom", "whose", "can", "could", "does", "do", "did", "is", "are", "should", "would", "will");

    /** A line that reads as a question on its own: it asks, opens like a question ("How to …"), or instructs. */
    static boolean reads(String text) {
        String s = text.strip();
        if (asks(s) || instructs(s)) return true;
        String first = s.split("[ ,]", 2)[0].toLowerCase(Locale.ROOT);
        return INTERROGATIVES.contains(first) && s.indexOf(' ') > 0;
    }

    /** Words of a collapsible's label that offer what is inside rather than name a topic ("View Answer", "Show solution"). */
    private static final java.util.Set<String> TOGGLE_WORDS = java.util.Set.of("answer", "answers", "solution", "solutions",
            "explanation", "show", "view", "reveal", "expand", "click", "see", "open");

    /** A collapsible's title that is a toggle for an answer: a few words that offer it, asking nothing themselves. */
    static boolean isToggleLabel(String title) {
        String words = letters(title);
        if (words.isEmpty() || asks(title) || words.split(" ").length > 5) return false;
        for (String w : words.split(" ")) if (TOGGLE_WORDS.contains(w)) return true;
        return false;
    }

    static Strength strength(String text) {
        if (asks(text) || Numbering.isLabelled(text)) return Strength.STRONG;
        return Numbering.isNumbered(text) ? Strength.WEAK : Strength.NONE;
    }

    /** The question's title: the text without its numbering. */
    static String title(String text) {
        return Numbering.strip(text.strip());
    }

    /**
     * A heading that names its part as questions and answers: "FAQ", "FAQs", "Frequently asked questions", "Q&A",
     * "Questions and answers", "Common questions", in any casing and with any decoration (emoji, numbering).
     */
    static boolean isFaq(String heading) {
        String words = letters(Numbering.strip(heading));
        return words.equals("faq") || words.equals("faqs") || words.contains("frequently asked questions")
                || words.equals("q&a") || words.equals("q & a") || words.equals("questions and answers")
                || words.equals("questions & answers") || words.equals("common questions") || words.startsWith("faq ")
                || words.endsWith(" faq") || words.endsWith(" faqs") || words.contains(" faq ");
    }

    /** An H1 that makes the whole document an FAQ ("Docker FAQ", "Frequently Asked Questions"). */
    static boolean isFaqTitle(String heading) {
        String words = letters(heading);
        return words.equals("faq") || words.equals("faqs") || words.startsWith("faq ") || words.endsWith(" faq")
                || words.endsWith(" faqs") || words.contains(" faq ") || words.contains("frequently asked questions");
    }

    /** Lower-case words: letters, digits and '&' kept, everything else one space. */
    private static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '&') sb.append(Character.toLowerCase(c));
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }
}
