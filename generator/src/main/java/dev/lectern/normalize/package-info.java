/**
 * Pure {@code Site → Site} passes over the whole site after everything is read: slugs, ordering, cross-links.
 * May import: model, config, diag.
 */
package dev.lectern.normalize;
