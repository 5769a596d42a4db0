package dev.lectern.diag;

import java.util.List;

/**
 * One message about the content: where, how bad, what happened, and what to do about it.
 * {@code dropped} holds source text that does not reach the site because of this diagnostic,
 * so that "nothing is lost silently" can be checked. {@code reference} is the link or image address, as written, that
 * the build left unresolved on the page ("" for other messages), so that the check of the built site does not report
 * the same reference a second time.
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint, List<String> dropped, String reference)
        implements Comparable<Diagnostic> {
    public Diagnostic {
        dropped = List.copyOf(dropped);
        hint = hint == null ? "" : hint;
        reference = reference == null ? "" : reference;
    }

    public Diagnostic(Severity severity, SourcePos pos, String message, String hint, List<String> dropped) {
        this(severity, pos, message, hint, dropped, "");
    }

    public static Diagnostic note(SourcePos pos, String message) {
        return new Diagnostic(Severity.NOTE, pos, message, "", List.of());
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint, List.of());
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint, List.of());
    }

    public Diagnostic withDropped(List<String> text) {
        return new Diagnostic(severity, pos, message, hint, text, reference);
    }

    /** This diagnostic, about the address {@code written} that the page keeps as written. */
    public Diagnostic leftAsWritten(String written) {
        return new Diagnostic(severity, pos, message, hint, dropped, written);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code content/x.md:12: warning: message (hint)}. */
    public String format() {
        StringBuilder sb = new StringBuilder().append(pos).append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) sb.append("\n    hint: ").append(hint);
        return sb.toString();
    }
}
