/**
 * Output: {@link dev.lectern.publish.Artifact}s, the sitemap, content-hashed names for the theme's files
 * ({@link dev.lectern.publish.Fingerprint}) and the cache rules that follow from them ({@code _headers},
 * {@link dev.lectern.publish.CacheRules}), the rule for which folder a build may replace
 * ({@link dev.lectern.publish.OutputFolder}: never the content, theme or project folder, only a folder holding the
 * {@code .lectern-site} marker or an empty one), and the writer session ({@link dev.lectern.publish.OutputWriter}:
 * files written as they are rendered into a fresh folder, a content file published as it is streamed from its source,
 * swapped in on commit; leftovers of killed builds removed), and for the preview server the update of a served folder
 * in place ({@link dev.lectern.publish.InPlace}: only files whose bytes changed, each replaced by a rename).
 * May import: config, diag.
 */
package dev.lectern.publish;
