/** Output: {@link dev.lectern.publish.Artifact}s and their atomic write to the site folder. May import: config, diag. */
package dev.lectern.publish;
