package dev.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The project's version, written into {@code version.properties} by Maven's resource filtering when it builds. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"lectern " + of()};
    }

    static String of() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("${") ? "(unknown version: built without Maven)" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
