package dev.lectern.source.read;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutKind;
import dev.lectern.model.Heading;
import dev.lectern.model.Markdown;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where a document's questions are, decided once over its top-level blocks. Heading questions live at ONE level: the
 * level with the most headings that strongly ask (a {@code ?}, a {@code Q3:} label, a sub-heading of an FAQ section, a
 * heading answered by a collapsible right below it), else the level with the most numbered headings; it may be right
 * under the title. Headings above that level are sections (they group the questions); a non-question heading at the
 * question level is part of the answer above it, or a section when nothing groups the questions. A numbered heading
 * that holds question collapsibles is a section ({@code ## 1. Basics} over accordions). Collapsibles titled as
 * questions (or in an FAQ section) are questions unless they sit inside a heading question's answer.
 */
final class QuestionPlan {
    enum Role { CONTENT, SECTION, QUESTION, ANSWER_TOGGLE }

    private final Role[] roles;
    private final boolean[] inQuestion;
    private final boolean[] inFaq;
    final int questionLevel;
    final int sectionLevel;

    private QuestionPlan(Role[] roles, boolean[] inQuestion, boolean[] inFaq, int questionLevel, int sectionLevel) {
        this.roles = roles;
        this.inQuestion = inQuestion;
        this.inFaq = inFaq;
        this.questionLevel = questionLevel;
        this.sectionLevel = sectionLevel;
    }

    Role role(int i) {
        return roles[i];
    }

    /** Block {@code i} lies in the answer of a heading question (paragraph questions there stay answer text). */
    boolean inQuestion(int i) {
        return inQuestion[i];
    }

    boolean inFaq(int i) {
        return inFaq[i];
    }

    /** A plan that finds no questions: headings at the shallowest level below the title are sections, as in a doc page. */
    static QuestionPlan none(List<Block> blocks) {
        int n = blocks.size();
        Role[] roles = new Role[n];
        int section = shallowest(blocks, 7);
        for (int i = 0; i < n; i++) roles[i] = blocks.get(i) instanceof Heading h && h.level() == section ? Role.SECTION : Role.CONTENT;
        return new QuestionPlan(roles, new boolean[n], new boolean[n], 0, section);
    }

    /** The plan for a document's blocks; {@code faqDocument}: its title says the whole document is an FAQ. */
    static QuestionPlan of(List<Block> blocks, boolean faqDocument) {
        int n = blocks.size();
        int[] end = ends(blocks);
        boolean[] inFaq = new boolean[n];
        boolean[] faqChild = new boolean[n];
        if (faqDocument) markFaq(blocks, -1, n, inFaq, faqChild);
        for (int i = 0; i < n; i++) {
            if (blocks.get(i) instanceof Heading h && h.level() > 1 && QuestionText.isFaq(h.text())) markFaq(blocks, i, end[i], inFaq, faqChild);
        }
        QuestionText.Strength[] strength = new QuestionText.Strength[n];
        int[] toggle = new int[n];
        int[] collapsibles = new int[n + 1];  // prefix counts of question collapsibles
        int[] candidates = new int[n + 1];    // prefix counts of headings that strongly read as questions
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            strength[i] = QuestionText.Strength.NONE;
            toggle[i] = -1;
            collapsibles[i + 1] = collapsibles[i] + (isQuestionCollapsible(b, inFaq[i]) ? 1 : 0);
            if (b instanceof Heading h && h.level() > 1) {
                toggle[i] = toggleAfter(blocks, i);
                if (toggle[i] > 0 && inFaq[toggle[i]]) toggle[i] = -1;  // in an FAQ a collapsible is a question of its own
                strength[i] = toggle[i] > 0 ? QuestionText.Strength.STRONG : QuestionText.strength(TitleSuffix.split(h.text()).title());
            }
            candidates[i + 1] = candidates[i] + (strength[i] == QuestionText.Strength.STRONG ? 1 : 0);
        }
        for (int i = 0; i < n; i++) {
            boolean groupsQuestions = collapsibles[end[i]] - collapsibles[i + 1] > 0 || candidates[end[i]] - candidates[i + 1] > 0;
            // an FAQ's sub-heading is a question unless it groups questions of its own
            if (faqChild[i] && !groupsQuestions) strength[i] = QuestionText.Strength.STRONG;
            // a numbered heading over question collapsibles groups them ("## 1. Basics" over accordions)
            if (strength[i] == QuestionText.Strength.WEAK && collapsibles[end[i]] - collapsibles[i + 1] > 0) strength[i] = QuestionText.Strength.NONE;
        }
        int level = busiestLevel(blocks, strength, QuestionText.Strength.STRONG);
        if (level == 0) level = busiestLevel(blocks, strength, QuestionText.Strength.WEAK);
        if (level == 0) return withCollapsibles(none(blocks), blocks, inFaq);
        int section = shallowest(blocks, level);
        Role[] roles = new Role[n];
        java.util.Arrays.fill(roles, Role.CONTENT);
        boolean[] inQuestion = new boolean[n];
        int questionEnd = -1;
        for (int i = 0; i < n; i++) {
            inQuestion[i] = i < questionEnd;
            if (!(blocks.get(i) instanceof Heading h) || h.level() < 2) {
                if (roles[i] == Role.CONTENT && !inQuestion[i] && isQuestionCollapsible(blocks.get(i), inFaq[i])) roles[i] = Role.QUESTION;
                continue;
            }
            if (h.level() == level && strength[i] != QuestionText.Strength.NONE) {
                roles[i] = Role.QUESTION;
                questionEnd = end[i];
                if (toggle[i] > 0) roles[toggle[i]] = Role.ANSWER_TOGGLE;
            } else if (h.level() < level || h.level() == level && section == 7) {
                roles[i] = Role.SECTION;
                questionEnd = -1;
            }
        }
        return new QuestionPlan(roles, inQuestion, inFaq, level, section == 7 ? 0 : section);
    }

    /** A plan without heading questions still finds question collapsibles (accordions, details) anywhere. */
    private static QuestionPlan withCollapsibles(QuestionPlan plan, List<Block> blocks, boolean[] inFaq) {
        for (int i = 0; i < blocks.size(); i++) {
            if (isQuestionCollapsible(blocks.get(i), inFaq[i])) plan.roles[i] = Role.QUESTION;
        }
        return new QuestionPlan(plan.roles, plan.inQuestion, inFaq, 0, plan.sectionLevel);
    }

    /** For each heading, the index of the next heading at its level or above (its part's end); size for others. */
    private static int[] ends(List<Block> blocks) {
        int n = blocks.size();
        int[] end = new int[n];
        java.util.Arrays.fill(end, n);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (!(blocks.get(i) instanceof Heading h)) continue;
            while (!open.isEmpty() && ((Heading) blocks.get(open.peek())).level() >= h.level()) end[open.pop()] = i;
            open.push(i);
        }
        return end;
    }

    /** The headings of an FAQ part at the first level below its heading are its questions; all its blocks are in it. */
    private static void markFaq(List<Block> blocks, int from, int to, boolean[] inFaq, boolean[] faqChild) {
        int child = 7;
        for (int k = from + 1; k < to; k++) {
            inFaq[k] = true;
            if (blocks.get(k) instanceof Heading h && h.level() > 1) child = Math.min(child, h.level());
        }
        for (int k = from + 1; k < to; k++) {
            if (blocks.get(k) instanceof Heading h && h.level() == child) faqChild[k] = true;
        }
    }

    /**
     * In an FAQ every titled collapsible is a question. Elsewhere one is a question when its title reads as one and
     * its kind allows it: MkDocs {@code ??? question "…"}, or an untyped one ({@code <details>}, {@code <Accordion>});
     * a typed one ({@code ??? note "Why does it blink?"} in a manual) is the author's collapsible callout.
     */
    static boolean isQuestionCollapsible(Block b, boolean inFaq) {
        return b instanceof Callout c && c.collapse() != Callout.Collapse.NO && !c.title().isBlank()
                && (inFaq || (c.kind() == CalloutKind.QUESTION || c.kind() == CalloutKind.PLAIN)
                        && QuestionText.strength(c.title()) != QuestionText.Strength.NONE);
    }

    /**
     * The index of the collapsible that answers heading {@code i} (right below it, or after one paragraph such as a
     * metadata line), when its title is a toggle label ({@link QuestionText#isToggleLabel}); -1 otherwise.
     */
    static int toggleAfter(List<Block> blocks, int i) {
        for (int k = i + 1; k < blocks.size() && k <= i + 2; k++) {
            Block b = blocks.get(k);
            if (b instanceof Callout c && c.collapse() != Callout.Collapse.NO) return QuestionText.isToggleLabel(c.title()) ? k : -1;
            if (!(b instanceof Markdown)) return -1;
        }
        return -1;
    }

    /** The level (2–6) with the most headings of {@code s}; the shallower one on a tie; 0 when none has any. */
    private static int busiestLevel(List<Block> blocks, QuestionText.Strength[] strength, QuestionText.Strength s) {
        int[] count = new int[8];
        for (int i = 0; i < strength.length; i++) {
            if (strength[i] == s) count[((Heading) blocks.get(i)).level()]++;
        }
        int best = 0;
        for (int l = 2; l <= 6; l++) if (count[l] > count[best]) best = l;
        return count[best] > 0 ? best : 0;
    }

    /** The shallowest heading level below H1 and above {@code below}; 7 when there is none. */
    private static int shallowest(List<Block> blocks, int below) {
        int min = 7;
        for (Block b : blocks) {
            if (b instanceof Heading h && h.level() > 1 && h.level() < below) min = Math.min(min, h.level());
        }
        return min;
    }
}
