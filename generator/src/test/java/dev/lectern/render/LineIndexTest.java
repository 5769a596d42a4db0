package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our line index answers what flexmark's own (linear per call) line count answers, for every offset. */
class LineIndexTest {
    @Test
    void agreesWithFlexmarkOnEveryOffsetWhateverTheLineEnds() {
        Random random = new Random(8);
        String[] pieces = {"a", "bc", " ", "\n", "\r\n", "\r", "\n\n", "| x |"};
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 40; i++) sb.append(pieces[random.nextInt(pieces.length)]);
            Document doc = Parser.builder().build().parse(sb.toString());
            LineIndex index = new LineIndex(doc.getChars().getBaseSequence());
            for (int offset = 0; offset < sb.length(); offset++) {
                assertEquals(doc.getLineNumber(offset), index.lineOf(offset), "offset " + offset + " of " + sb.toString().replace("\r", "\\r").replace("\n", "\\n"));
            }
        }
    }
}
