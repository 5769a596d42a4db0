package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzers do what issue 3 asks, on its own examples. */
class AnalysisTest {
    private final Analysis analysis = new Analysis();

    private List<String> prose(String text) {
        return Analysis.terms(analysis.prose(), text);
    }

    private List<String> code(String text) {
        return Analysis.terms(analysis.code(), text);
    }

    @Test
    void aDottedIdentifierIsKeptWholeAndSplitIntoItsNamesAndWords() {
        List<String> expected = List.of("functools.lru_cache", "functools", "lru_cache", "lru", "cache");
        assertEquals(expected, prose("functools.lru_cache"));
        assertEquals(expected, code("functools.lru_cache"));
    }

    @Test
    void camelCaseSplitsAtCaseChangesAndAfterAnAcronym() {
        assertEquals(List.of("gethttpresponse", "get", "http", "response"), prose("getHTTPResponse"));
        assertEquals(List.of("ioerror", "io", "error"), code("IOError"));
    }

    @Test
    void dunderNamesAreNotStemmed() {
        assertEquals(List.of("__init__", "init"), prose("__init__"));
        assertEquals(List.of("__slots__", "slots"), prose("__slots__"));
        assertEquals(List.of("__slots__", "slots"), code("__slots__"));
    }

    @Test
    void theSymbolsReadersSearchForAreTerms() {
        assertEquals(List.of("walru", ":="), prose("the walrus :="));
        assertEquals(List.of("=="), prose("=="));
        assertEquals(List.of("!=", "->"), code("a != b -> c"));
        assertEquals(List.of("def", "*args", "args", "**kwargs", "kwargs"), code("def f(*args, **kwargs):"));
        assertEquals(List.of("@property", "property"), prose("@property"));
        assertEquals(List.of("@functools.wraps", "functools.wraps", "functools", "wraps"), code("@functools.wraps(f)"));
    }

    @Test
    void starsAndAtSignsAfterAWordAreOperatorsNotSigils() {
        assertEquals(List.of("user", "example.com", "example", "com"), prose("user@example.com"));
        assertEquals(List.of("kw"), code("x**kw"));
        assertEquals(List.of(), code("a*b"));
    }

    @Test
    void proseIsStemmedWithPorterAfterPossessivesAndStopWords() {
        assertEquals(List.of("python", "decor", "alwai", "us", "abc"), prose("The Python's decorators are always used by ABCs"));
        assertEquals(List.of("user"), prose("user’s"));
    }

    @Test
    void plainWordsInCodeAreStemmedButNumbersAreDropped() {
        assertEquals(List.of("return", "valu", "3.14"), prose("return values 3.14"));
        assertEquals(List.of("return", "valu"), code("return values 3.14 1024"));
    }

    @Test
    void singleLettersAndOverlongTokensAreNotTerms() {
        assertEquals(List.of(), code("x = i + j"));
        assertEquals(List.of(), prose("a".repeat(41)));
    }
}
