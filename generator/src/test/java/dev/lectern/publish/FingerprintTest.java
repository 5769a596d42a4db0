package dev.lectern.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final byte[] BODY = "body{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theHashGoesBeforeTheExtensionAndIsTheStartOfTheContentsSha256() {
        // sha256("body{}") starts with these eight digits (printf 'body{}' | sha256sum)
        String hash = "7c98040a";
        assertEquals(hash, Fingerprint.hash(BODY));
        assertEquals("style." + hash + ".css", Fingerprint.name("style.css", BODY));
        assertEquals("js/search-box." + hash + ".js", Fingerprint.name("js/search-box.js", BODY));
        assertEquals("fonts/a.b." + hash + ".woff2", Fingerprint.name("fonts/a.b.woff2", BODY));
        assertEquals("LICENSE." + hash, Fingerprint.name("LICENSE", BODY));
        assertEquals("img/.hidden." + hash, Fingerprint.name("img/.hidden", BODY));
        assertEquals("v1.0/logo." + hash, Fingerprint.name("v1.0/logo", BODY), "a dot in a folder's name is no extension");
    }

    @Test
    void theSameBytesGiveTheSameNameAndOtherBytesAnother() {
        assertEquals(Fingerprint.name("style.css", BODY), Fingerprint.name("style.css", "body{}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(Fingerprint.name("style.css", BODY), Fingerprint.name("style.css", "body{ }".getBytes(StandardCharsets.UTF_8)));
    }
}
