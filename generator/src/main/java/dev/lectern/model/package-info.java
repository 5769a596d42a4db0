/**
 * The immutable model every stage speaks: {@code Site → Guide → Section → Question}, with answers as canonical
 * {@link dev.lectern.model.Block}s. No I/O, no flexmark, no Pebble. May import: diag.
 */
package dev.lectern.model;
