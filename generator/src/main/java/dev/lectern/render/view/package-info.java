/**
 * The records templates see: only strings, booleans, numbers and lists, ready to print. Fields named
 * {@code …Html} hold HTML we rendered and escaped ourselves (printed with {@code | raw}); every other string is
 * plain text that Pebble's autoescaping escapes. Links are already relative to the page they appear on.
 */
package dev.lectern.render.view;
