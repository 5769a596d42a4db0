/**
 * Pure {@code Site → Site} passes over the whole site after everything is read: titles (first H1, file name), slugs,
 * cross-links, tag and company names (one name per topic; companies values that name no company dropped), the
 * navigation tree and its order ({@code nav:}, numeric prefixes, titles), meta descriptions (first paragraph, an
 * answer's first sentence). A {@link dev.lectern.normalize.Memo} lets the preview server's runs reuse the last run's
 * work on guides that did not change.
 * May import: model, config, diag.
 */
package dev.lectern.normalize;
