package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files: compared byte for byte; rewritten only when the build runs with {@code -Dupdate=true}. A missing golden fails. */
public final class Golden {
    private Golden() {
    }

    public static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) fail("missing golden file " + golden + "; run with -Dupdate=true to create it, then review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output differs from " + golden + " (rerun with -Dupdate=true if intended)");
    }
}
