package dev.lectern.source.read;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes read as the github dialect give a guide and diagnostics, never an exception or a hang (see {@link ReaderFuzz}). */
class GithubReaderFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyInputGivesAGuide(byte[] bytes) {
        ReaderFuzz.read("github", bytes);
    }
}
