/**
 * The {@code search} stage: Lucene analysis and an in-memory Lucene index at build time, walked and exported as the
 * static files the browser (or Node) searches with no server. May import: model, config, diag, publish.
 *
 * <h2>Pipeline</h2>
 * {@link dev.lectern.search.SearchIndexer} collects the documents ({@code DocCollector}: every guide, section, heading
 * and question; reference rows once the model has them), indexes them with the analyzers of {@code Analysis}
 * ({@code LuceneIndex}), computes per (term, document) Lucene's own BM25 score summed over the weighted fields
 * ({@code ImpactWalker}; title 3, tags 2, companies 1.5, code 1, answer text 1), and writes the files below
 * ({@code PostingsExport}, {@code DocTable}, {@code Vocabulary}, {@code ClientFiles}). The client that reads them is
 * {@code search/core.js}, joined from {@code src/main/resources/dev/lectern/search/client/}; its analysis is tested
 * equal to the Java analyzers on every word of content/.
 *
 * <h2>Related questions and derived topics</h2>
 * {@link dev.lectern.search.Relatedness} also relates the questions across guides, with the same analyzers, and hands
 * the pipeline plain model data ({@link dev.lectern.model.Relations}) that rendering turns into "In other guides"
 * lists and topic pages. It runs beside rendering, then the index on the same thread: their working sets never add
 * up. {@code ItemText}: each question's title and the opening of its answer; {@code TermVectors}: per item, BM25
 * term weights (title ×3) without the words that only say how a question is asked ({@code GenericWords}), the 25
 * heaviest kept; {@code RelatedQuestions}: cosine of those vectors, other guides only, at least 0.3, five at most;
 * {@code DerivedTopics}: for guides without tags, the subject words of a title that at least three titles share, at
 * most three per question.
 *
 * <h2>Files under {@code search/} (format 2)</h2>
 * Every data file is a classic script, {@code (globalThis.LecternSearchData=globalThis.LecternSearchData||{})["name"]=JSON;},
 * so that a {@code <script>} element loads it from {@code file://} too, where {@code fetch()} of JSON is refused; the
 * JSON is ASCII ({@code \\uXXXX} escapes), so no charset is assumed. Numbers inside strings are <em>b64 varints</em>:
 * the URL-safe base64 alphabet, 5 bits per character low bits first, characters 32–63 continuing a number
 * ({@code B64}). A <em>front-coded list</em> is, per word in sorted order (Java {@code String} order, which is
 * JavaScript's), one base64 character counting the characters shared with the previous word, the rest, and a space.
 * A data file is named {@code <kind>-<data>-<n>} ({@code f-<data>} for the one filters file): its kind, ten hex digits
 * of a hash of all the data ({@code data} below: a browser never mixes a cached file with a newer index) and its
 * number, so the index lists no file names. What a first query reads grows with its words and its ten results, not
 * with the site: the dictionary, the first page of its terms' postings, and the files of the documents it shows.
 * <ul>
 *   <li>{@code core.js}: the client (stable name).</li>
 *   <li>{@code index.js} (stable name), loaded on open: {@code format} (2); {@code data}; {@code docs} (N);
 *   {@code impact: {lo, hi, levels}} (impact code q means {@code lo·(hi/lo)^(q/levels)}); {@code pages: {first,
 *   growth}}; {@code tableDocs}, {@code summaryDocs} (documents per file); {@code guides: [[slug, title, firstDoc]]};
 *   {@code terms}: the term dictionary, front-coded; {@code df}: b64 varints, the postings stored per term;
 *   {@code fullDf}: b64 varint pairs (term ordinal delta from the previous pair, starting at -1; df in the Lucene
 *   index) for terms whose weak postings were pruned; {@code words}: front-coded, one corpus word per stemmed term
 *   (its most frequent spelling), for prefix completion, typo tolerance and suggestions; {@code shards}: b64 varints,
 *   the first term of each postings shard as a delta from the one before; {@code tagNames}, {@code companyNames}
 *   (sorted).</li>
 *   <li>{@code p-<data>-<n>}, postings shards, each a contiguous range of terms of about 12,000 characters: {@code {d,
 *   i}} with, term after term, the term's <em>first page</em>. A term's postings are ordered by impact, highest first,
 *   and cut into pages of {@code first}, {@code first·growth}, {@code first·growth²}… postings (the last what is left;
 *   the sizes follow from {@code df}). Within a page, postings are in document order: {@code d} holds document-id deltas
 *   (b64 varints, the first of each page from -1) and {@code i} one base64 character per posting: the quantized impact,
 *   plus 32 when the term is in the document's title.</li>
 *   <li>{@code q-<data>-<n>}, a term's later pages, one page a file ({@code {d, i}} as above), numbered in term order
 *   then page order: a term's second page is file number Σ (pages − 1) over the terms before it. The client reads one
 *   only while a document could still enter the results by it: every posting of a later page weighs at most the last
 *   one read.</li>
 *   <li>{@code t-<data>-<n>}, the document table, {@code tableDocs} documents a file from document n·tableDocs, one
 *   column per field: {@code kind} (a letter per document: g guide, s section, h heading, q question, r reference),
 *   {@code parent} (b64 varints: how many documents back the enclosing section or question is, 0 for none), {@code page}
 *   (b64 varints: the guide page an anchor is on, 0 for the first), {@code title} (array), {@code slug} (array; empty
 *   where the client derives it from the title with the build's rule: {@code Slugs.slug} for q and s; always stored
 *   for h and r), {@code difficulty} (a letter per document: e, m, h or -), {@code tag} and {@code company} (b64 varints
 *   per document: a count, then ids into {@code tagNames} / {@code companyNames}).</li>
 *   <li>{@code s-<data>-<n>}, summaries: an array of strings (the first ~400 characters of each document's text) for
 *   {@code summaryDocs} documents from n·summaryDocs; a result's snippet is the sentence of it that holds the most
 *   matched words.</li>
 *   <li>{@code f-<data>}: {@code difficulty}, {@code tag} and {@code company} as in the table, for every document; read
 *   only when a search sets a filter.</li>
 * </ul>
 * A URL is the guide's folder plus, by kind: nothing (g); {@code slug/} (q); {@code #slug} (s, h, r). All output is
 * deterministic: sorted maps, no clock, hashes of content.
 */
package dev.lectern.search;
