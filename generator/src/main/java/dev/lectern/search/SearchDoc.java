package dev.lectern.search;

import java.util.List;

/**
 * One search result as indexed. {@code url} is relative to the site root; {@code parent} is the index of the document
 * this one sits in (a question's or heading's section, a section's guide), -1 for none; {@code body} is prose,
 * {@code code} is code-block text; {@code headings} are the headings inside a question's answer, one per line (their
 * words are in {@code body} too: a heading's words say more about the answer than a passing mention).
 */
record SearchDoc(Kind kind, int guide, String section, String title, String url, int parent, String body, String code,
                 String headings, List<String> tags, List<String> companies, String difficulty, String summary) {
    SearchDoc {
        tags = List.copyOf(tags);
        companies = List.copyOf(companies);
    }

    /**
     * This document without the text only the Lucene index reads (body, code, headings): once indexed, a site's
     * documents keep what the exported table and summaries need.
     */
    SearchDoc indexed() {
        return new SearchDoc(kind, guide, section, title, url, parent, "", "", "", tags, companies, difficulty, summary);
    }

    /** What a result is; {@link #letter} is what the exported docs table stores. */
    enum Kind {
        /** a guide's page: its title, description and opening text */
        GUIDE('g'),
        /** a section of a guide page: its title and intro text; anchor = the section slug */
        SECTION('s'),
        /** a heading in a section's intro: an anchor on the guide page ({@link HeadingAnchors}) */
        HEADING('h'),
        /** a question with an answer: its own page */
        QUESTION('q'),
        /**
         * a short question without an answer (a Quick Reference row, an interview-list bullet): an anchor on the guide
         * page. Not produced yet: the model does not carry these rows (see {@link DocCollector}).
         */
        REFERENCE('r');

        final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }
}
