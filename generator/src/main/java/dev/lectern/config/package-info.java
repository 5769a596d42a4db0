/** The site configuration ({@code content/lectern.yml}) as a validated record; unknown keys are errors. May import: diag. */
package dev.lectern.config;
