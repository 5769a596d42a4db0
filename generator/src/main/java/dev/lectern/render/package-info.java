/**
 * Model → HTML. flexmark turns Markdown blocks into HTML strings (one HtmlRenderer for the whole build, and parsers
 * of just the extensions each text's markers call for: {@code ParserVariants}),
 * {@link dev.lectern.render.BlockRenderer} renders the canonical blocks, each Markdown block then parsed as a tree
 * ({@code HtmlTree}: tags balanced, ids unique on the page, {@code #links} resolved; never a string search over HTML,
 * so code stays as written), view records in
 * {@code dev.lectern.render.view} carry ready-to-print strings to the Pebble templates, and
 * {@link dev.lectern.render.SiteRenderer} turns a whole {@code Site} into {@code Artifact}s. {@code References}
 * resolves what a document references (images, files, other documents and their anchors) against the folder of its
 * source file, for each page that shows it, as flexmark renders the link (attribute provider) or the sanitizer writes
 * the raw tag. Every link to a page is made by {@code SitePaths} in the site's URL style ({@code urls}: naming a
 * page's {@code index.html}, or ending at its folder), which a render carries in its {@code PageMap}; {@code AssetFiles} publishes the content folder's other files at their own paths. {@code Topics} groups the
 * questions of all guides by difficulty, tag, company and topic derived from the text ({@code model.Relations}) for
 * the pages under {@code topics/}. {@code ThemeAssets} publishes the theme's files under content-hashed names, which
 * templates link with {@code asset('style.css')} ({@code AssetFunction}). {@code ReaderText} is the text a reader reads
 * of rendered HTML: what structured data quotes, and what decides that a short answer shows open on its guide page.
 * Pages render on two threads ({@code PagePool}), guide by guide: a guide's first page renders all its sections and
 * hands each answer's flexmark trees and reader text to the answer's own page ({@code HandOff}), so an answer is parsed
 * once; what a guide rendered is let go once its pages are written.
 * May import: model, config, diag, publish.Artifact, publish.Fingerprint.
 */
package dev.lectern.render;
