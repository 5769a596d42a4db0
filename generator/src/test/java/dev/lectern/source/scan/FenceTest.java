package dev.lectern.source.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FenceTest {
    @Test
    void mintlifyThemeMetaIsDroppedAndTheLanguageKept() {
        Fence f = Fence.open("    ```python theme={null}");
        assertEquals("python", f.language());
        assertEquals("", f.title());
        assertEquals(4, f.indent());
    }

    @Test
    void titlesComeFromTitleAttributesOrMintlifyBareWords() {
        assertEquals("app.py", Fence.open("```py title=\"app.py\" linenums=\"1\"").title());
        assertEquals("python", Fence.open("```py title=\"app.py\"").language());
        assertEquals("install.sh", Fence.open("```bash install.sh {1,3}").title());
    }

    @Test
    void lineNumbersAreAskedForByMkDocsDocusaurusOrAPlainWord() {
        assertTrue(Fence.open("```py title=\"app.py\" linenums=\"1\"").lineNumbers());
        assertTrue(Fence.open("```js showLineNumbers").lineNumbers());
        assertTrue(Fence.open("```python line-numbers").lineNumbers());
        assertEquals("", Fence.open("```python line-numbers").title());
        assertFalse(Fence.open("```python linenums=\"0\"").lineNumbers());
        assertFalse(Fence.open("```python theme={null}").lineNumbers());
    }

    @Test
    void mkdocsClassHeadersNameTheLanguage() {
        assertEquals("python", Fence.open("``` { .python .no-copy }").language());
    }

    @Test
    void aBacktickFenceWithBackticksInItsInfoIsNotAFence() {
        assertNull(Fence.open("```a ` b"));
        assertNull(Fence.open("``not a fence"));
    }

    @Test
    void aFenceClosesOnlyWithTheSameMarkerAtLeastAsLong() {
        Fence f = Fence.open("````");
        assertFalse(f.closedBy("```"));
        assertFalse(f.closedBy("~~~~"));
        assertTrue(f.closedBy("`````"));
        assertFalse(f.closedBy("```` x"));
    }
}
