package dev.lectern.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule for which folder a build may replace. The output folder is deleted and written as a whole, so it must be a
 * folder that holds nothing of the user's: not the content or theme folder (or inside or around them), not the
 * project or the working directory (or around them), not {@code /} or the home folder, not a file or a symlink, and,
 * when it exists, either empty or a site that Lectern wrote (it holds the {@link #MARKER} file every build writes).
 * Every check runs before any work, so a refused build has touched nothing.
 */
public final class OutputFolder {
    /** Written into every build's output; an existing folder without it is never replaced. */
    public static final String MARKER = ".lectern-site";

    private OutputFolder() {
    }

    /** Why a folder may not be used as output: one line that names the problem and what to do. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The output folder as an absolute, normalized path, or {@link Refused} saying why it may not be used.
     *
     * @param output  the folder as the user gave it
     * @param content the content folder
     * @param theme   the theme folder (null for the built-in theme)
     * @param workDir the working directory (the project a user runs Lectern from)
     * @param home    the user's home folder (may be null)
     */
    public static Path check(Path output, Path content, Path theme, Path workDir, Path home) throws Refused {
        String given = output.toString();
        if (given.isBlank() || output.normalize().toString().isEmpty()) {
            throw new Refused("output folder '" + given + "' is the working directory; choose a folder of its own, such as --output site");
        }
        Path out = output.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(out)) {
            throw new Refused("output folder " + out + " is a symbolic link; give the folder it points to, or another folder");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("output folder " + out + " is a file; choose a folder (Lectern replaces the output as a whole)");
        }
        Path real = real(out);
        if (out.getParent() == null || real.getParent() == null) {
            throw new Refused("output folder " + out + " is the root folder; choose a folder of its own, such as --output site");
        }
        if (home != null && real.equals(real(home))) {
            throw new Refused("output folder " + out + " is your home folder; choose a folder of its own, such as --output site");
        }
        refuseOverlap(out, real, content, "content folder", true);
        if (theme != null) refuseOverlap(out, real, theme, "theme folder", true);
        Path project = content.toAbsolutePath().normalize().getParent();
        for (Path p : projectFolders(workDir, project)) refuseOverlap(out, real, p, "project folder", false);
        if (Files.isDirectory(out) && !replaceable(out)) {
            throw new Refused("output folder " + out + " already exists and was not written by Lectern (it has no " + MARKER
                    + " file); remove it yourself, or choose another --output");
        }
        return out;
    }

    /**
     * True when an existing folder may be replaced: it holds the marker a build wrote, or nothing at all. Checked again
     * just before the swap, since a build takes a while.
     */
    public static boolean replaceable(Path dir) throws Refused {
        if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return true;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new Refused("output folder " + dir + " cannot be read (" + e.getMessage() + "); check its permissions, or choose another --output");
        }
    }

    /** The working directory and the content folder's parent: the output may lie inside them, never around them. */
    private static List<Path> projectFolders(Path workDir, Path project) {
        List<Path> out = new ArrayList<>();
        out.add(workDir.toAbsolutePath().normalize());
        if (project != null) out.add(project);
        return out;
    }

    /** Refuses an output that is {@code folder}, contains it, or (when {@code inside} is refused too) lies in it. */
    private static void refuseOverlap(Path out, Path realOut, Path folder, String what, boolean refuseInside) throws Refused {
        Path f = real(folder.toAbsolutePath().normalize());
        if (realOut.equals(f)) throw new Refused("output folder " + out + " is the " + what + "; choose another folder, such as --output site");
        if (f.startsWith(realOut)) {
            throw new Refused("output folder " + out + " contains the " + what + " (" + f + "); choose a folder beside it, such as --output site");
        }
        if (refuseInside && realOut.startsWith(f)) {
            throw new Refused("output folder " + out + " is inside the " + what + " (" + f + "); choose a folder outside it, such as --output site");
        }
    }

    /** The path with every existing ancestor's symlinks resolved, so that two names of one folder compare equal. */
    static Path real(Path abs) {
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            Path resolved = existing.toRealPath();
            return resolved.resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
