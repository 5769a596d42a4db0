/** Output: {@link dev.lectern.publish.Artifact}s, the sitemap, and their atomic write to the site folder. May import: config, diag. */
package dev.lectern.publish;
