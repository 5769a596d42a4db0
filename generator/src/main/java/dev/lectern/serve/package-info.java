/**
 * {@code lectern serve}: a preview server for authors. Builds the site, serves it over HTTP on localhost, watches the
 * content and theme folders, rebuilds on change and reloads open pages. The reload script is injected into HTML as
 * it is served, never written into the site. May import: build, config, diag.
 */
package dev.lectern.serve;
