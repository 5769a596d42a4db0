package dev.lectern.search;

import dev.lectern.model.Relations;
import dev.lectern.model.Site;

/**
 * What the text says across guides: related questions and, for guides without tags, topics derived from the text.
 * It lives here because it is Lucene analysis, with the analyzers search uses, and it hands the rest of the build
 * plain model data ({@link Relations}), which the pipeline passes to rendering. Build one and reuse it.
 */
public final class Relatedness {
    private final Analysis analysis = new Analysis();
    private final java.util.Set<String> generic = GenericWords.terms(analysis);

    public Relatedness() {
    }

    public Relations relate(Site site) {
        TermVectors vectors = TermVectors.of(ItemText.of(site), analysis, generic);
        return new Relations(RelatedQuestions.of(vectors), DerivedTopics.of(vectors));
    }
}
