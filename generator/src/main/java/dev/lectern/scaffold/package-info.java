/**
 * A new site for {@code lectern new DIR}: sample content, its config, a launcher script with the Lectern jar beside it,
 * and a GitHub Pages workflow, copied from the resources under {@code scaffold/}. It writes only under the new folder,
 * never over a file that exists. May import: JDK only.
 */
package dev.lectern.scaffold;
