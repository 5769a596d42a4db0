/**
 * The site configuration ({@code content/lectern.yml}) as a validated record; unknown keys are errors. {@code nav:} is
 * read in MkDocs' syntax ({@code NavParser}). May import: diag.
 */
package dev.lectern.config;
