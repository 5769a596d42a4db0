/**
 * Positions and diagnostics: {@code file:line: severity: message} plus a hint. Imports nothing but the JDK;
 * every other package reports through it.
 */
package dev.lectern.diag;
