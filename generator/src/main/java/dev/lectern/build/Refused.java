package dev.lectern.build;

import java.io.IOException;

/**
 * A build refused before any work because a folder given on the command line cannot be used (wrong usage, exit code
 * 2): the content folder is missing or a file, or the output folder is one Lectern may not replace. The message is one
 * line naming the problem and what to do.
 */
public final class Refused extends IOException {
    public Refused(String message) {
        super(message);
    }
}
