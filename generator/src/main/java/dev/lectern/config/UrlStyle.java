package dev.lectern.config;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import java.util.Locale;

/**
 * {@code urls}: how the site's links name a page. Every page is {@code folder/index.html} either way; {@code file} (the
 * default) links name that file, so the site also works opened from {@code file://} (where a link to a bare folder
 * shows a directory listing); {@code directory} links end at the folder ({@code guide/}), as a web server serves them.
 */
public enum UrlStyle {
    FILE, DIRECTORY;

    /** The value as lectern.yml and {@code --urls} write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the two values mean, for messages. */
    public static final String HINT = "write 'file' (links name index.html: the site also opens from file://) or "
            + "'directory' (links end at the folder, guide/: for a web server)";

    /** The style {@code value} names, or null. */
    public static UrlStyle parse(String value) {
        for (UrlStyle s : values()) if (s.id().equals(value.strip())) return s;
        return null;
    }

    /** The style {@code value} names; anything else is an error at {@code pos}, and {@code fallback} stands. */
    static UrlStyle check(String value, UrlStyle fallback, SourcePos pos, Diagnostics diagnostics) {
        UrlStyle s = parse(value);
        if (s != null) return s;
        diagnostics.report(Diagnostic.error(pos, "urls must be 'file' or 'directory', not '" + value + "'",
                HINT + "; '" + fallback.id() + "' is used meanwhile"));
        return fallback;
    }
}
