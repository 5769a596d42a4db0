package dev.lectern.diag;

public enum Severity {
    /** Informational: something was repaired or dropped on purpose; never fails a build. */
    NOTE,
    /** The output is probably not what the author meant; {@code --strict} fails the build. */
    WARNING,
    /** Content could not be read; the rest of the site still builds, but the exit code is non-zero under {@code --strict}. */
    ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
