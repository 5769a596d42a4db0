/**
 * Bytes to clean text, before any Markdown parsing: {@link dev.lectern.source.text.TextDecoder} turns a file's bytes
 * into a String (BOM, line endings, invalid UTF-8, Windows-1252 files, binary files) and
 * {@link dev.lectern.source.text.MojibakeRepair} undoes UTF-8 that was once decoded as Windows-1252 or Mac Roman.
 * Both report through {@code dev.lectern.diag} and never throw on bad content.
 */
package dev.lectern.source.text;
