/**
 * The immutable model every stage speaks: {@code Site → Guide → Section → Question}, with answers as canonical
 * {@link dev.lectern.model.Block}s, and the rules every stage must agree on: slugs ({@code Slugs}), a page's ids
 * ({@code PageIds}: the one heading-id rule), when two topic names are one topic and its shown name ({@code TopicKey},
 * {@code TopicNames}, singular forms by Lucene's English minimal stemmer), the names the site keeps for itself ({@code Reserved}), the one reading
 * of a code fence's info string ({@code FenceInfo}) with the code-level rules every path to a {@code Code} block shares
 * (Docusaurus magic comments, MkDocs annotation markers: {@code Code.fenced}, {@code Annotation}). No I/O, no
 * flexmark, no Pebble. May import: diag.
 */
package dev.lectern.model;
