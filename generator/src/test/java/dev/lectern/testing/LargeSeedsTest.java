package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed 64 KB fuzz seeds are what {@link LargeSeeds} writes, as long as libFuzzer's length limit, and differ as meant. */
class LargeSeedsTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    @Test
    void everyCommittedLargeSeedIsTheGeneratorsOutputAndFitsTheLengthLimit() throws Exception {
        for (LargeSeeds.Seed s : LargeSeeds.all()) {
            Path file = RESOURCES.resolve(s.path());
            assertTrue(Files.isRegularFile(file), () -> file + " is missing: rewrite the seeds (see LargeSeeds)");
            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(s.bytes(), bytes, () -> file + " is not what LargeSeeds writes: rewrite the seeds");
            assertEquals(LargeSeeds.MAX_BYTES, bytes.length, () -> file + ": " + bytes.length + " bytes");
        }
    }

    @Test
    void theWindows1252SeedsAreNotUtf8AndTheOthersAre() throws Exception {
        for (LargeSeeds.Seed s : LargeSeeds.all()) {
            ByteBuffer bytes = ByteBuffer.wrap(s.bytes());
            if (s.flavour().equals("1252")) {
                assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder().decode(bytes), s.path());
            } else {
                StandardCharsets.UTF_8.newDecoder().decode(bytes);
            }
        }
    }
}
