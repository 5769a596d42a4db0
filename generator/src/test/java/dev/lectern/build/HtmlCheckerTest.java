package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.testing.BuiltSite;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Pages built from content/ pass the Nu Html Checker (offline, its schemas ship in its jar) with no errors: every page
 * but question pages, which hold the same answers as their guide page, of which every fifth is checked (all 700 take 30 s).
 */
class HtmlCheckerTest {
    @Test
    void thePagesOfTheContentSitePassTheNuHtmlChecker() throws Exception {
        BuiltSite site = BuiltSite.content();
        List<String> errors = new ArrayList<>();
        Collector collector = new Collector(errors);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        int pages = 0;
        int questions = 0;
        for (Path page : site.pages()) {
            boolean question = site.output.relativize(page).getNameCount() == 3;
            if (question && questions++ % 5 != 0) continue;
            collector.page = site.output.relativize(page).toString();
            validator.checkHtmlInputSource(new InputSource(new StringReader(Files.readString(page))));
            pages++;
        }
        System.out.println("Nu Html Checker: " + pages + " pages, " + errors.size() + " errors");
        assertEquals(List.of(), errors.stream().limit(20).toList());
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors;
        String page = "";

        Collector(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            error(e);
        }
    }
}
