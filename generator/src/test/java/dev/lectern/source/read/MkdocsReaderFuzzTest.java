package dev.lectern.source.read;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes read as the mkdocs dialect give a guide and diagnostics, never an exception or a hang (see {@link ReaderFuzz}). */
class MkdocsReaderFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyInputGivesAGuide(byte[] bytes) {
        ReaderFuzz.read("mkdocs", bytes);
    }
}
