package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BuiltSite;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every generated page of the content site passes the Nu Html Checker (the W3C validator), offline, with no errors. */
class HtmlValidityTest {
    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        BuiltSite site = BuiltSite.content();
        List<String> errors = new ArrayList<>();
        Path[] current = new Path[1];
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(site.output.relativize(current[0]) + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        List<Path> pages = site.pages();
        for (Path page : pages) {
            current[0] = page;
            validator.checkHtmlInputSource(new InputSource(new StringReader(Files.readString(page))));
        }
        assertTrue(pages.size() > 700, "validated " + pages.size() + " pages");
        assertTrue(errors.isEmpty(), errors.size() + " errors, e.g.\n" + String.join("\n", errors.subList(0, Math.min(25, errors.size()))));
    }
}
