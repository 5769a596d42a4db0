/**
 * The {@code source} stage: bytes → text ({@code text}: charset, mojibake repair) → lines → canonical blocks
 * ({@code scan}: every dialect's containers) → guides ({@code read}: one reader per dialect, the Q&A layer).
 * Discovery ({@code ContentWalk}) reads nothing outside the content folder: links that lead out are skipped. The same
 * walk lists the folder's other files as {@code model.Asset}s, published beside the pages.
 * May import: model, config, diag.
 */
package dev.lectern.source;
