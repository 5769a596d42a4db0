package dev.lectern.source.read;

import dev.lectern.model.Meta;
import java.util.Locale;

/**
 * A difficulty written as a label before a title, as question lists often mark them: {@code [HARD] How does …},
 * {@code **[Easy]** What is …}, {@code (Medium) Explain …}. The label is the question's difficulty, not part of its
 * title. Only a label that is a difficulty word alone counts ({@code [Python] …} stays as written).
 */
record DifficultyLabel(String title, Meta.Difficulty difficulty, String label) {
    private static final String[] EMPHASIS = {"**", "__", "*", "_"};

    /** {@code title} without a leading difficulty label, or as it is (difficulty null) when it has none. */
    static DifficultyLabel split(String title) {
        String t = title.strip();
        String mark = "";
        for (String e : EMPHASIS) {
            if (t.startsWith(e)) {
                mark = e;
                break;
            }
        }
        int open = mark.length();
        if (open >= t.length() || (t.charAt(open) != '[' && t.charAt(open) != '(')) return new DifficultyLabel(title, null, "");
        int close = t.indexOf(t.charAt(open) == '[' ? ']' : ')', open);
        if (close < 0 || close - open > 14) return new DifficultyLabel(title, null, "");
        Meta.Difficulty d = word(t.substring(open + 1, close).strip());
        int end = close + 1;
        if (!mark.isEmpty()) {
            if (!t.startsWith(mark, end)) return new DifficultyLabel(title, null, "");
            end += mark.length();
        }
        String rest = t.substring(end).strip();
        if (d == null || rest.isEmpty()) return new DifficultyLabel(title, null, "");
        return new DifficultyLabel(rest, d, t.substring(0, end));
    }

    private static Meta.Difficulty word(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "easy", "beginner", "basic" -> Meta.Difficulty.EASY;
            case "medium", "intermediate" -> Meta.Difficulty.MEDIUM;
            case "hard", "advanced", "expert" -> Meta.Difficulty.HARD;
            default -> null;
        };
    }

    /** {@code meta} with this label's difficulty where it gives none. */
    Meta onto(Meta meta) {
        if (difficulty == null || meta.difficulty() != null) return meta;
        return new Meta(difficulty, meta.tags(), meta.companies());
    }
}
