/**
 * Checks a built site as a host will serve it: every internal link, image, script, stylesheet and {@code #fragment}
 * resolves to a file of the site (and an id on that page), no page repeats an id, no link is empty. External links
 * are counted and listed, never fetched. {@link dev.lectern.check.SiteCheck} reads an output folder;
 * {@code lectern check} prints its problems, and {@code lectern build --strict} runs it after each build.
 */
package dev.lectern.check;
