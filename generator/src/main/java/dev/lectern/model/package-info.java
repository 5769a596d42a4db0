/**
 * The immutable model every stage speaks: {@code Site → Guide → Section → Question}, with answers as canonical
 * {@link dev.lectern.model.Block}s, and the rules every stage must agree on: slugs ({@code Slugs}), a page's ids
 * ({@code PageIds}: the one heading-id rule), the names the site keeps for itself ({@code Reserved}). No I/O, no
 * flexmark, no Pebble. May import: diag.
 */
package dev.lectern.model;
