/**
 * The {@code source} stage: bytes → text ({@code text}: charset, mojibake repair) → lines → canonical blocks
 * ({@code scan}: every dialect's containers) → guides ({@code read}: one reader per dialect, the Q&A layer).
 * Discovery ({@code ContentWalk}) reads nothing outside the content folder: links that lead out are skipped. The same
 * walk lists the folder's other files as {@code model.Asset}s, published beside the pages; {@code ContentUrls} gives
 * each document the URL its place in the content tree gives it. {@code Snippets} includes MkDocs {@code --8<--} files
 * into a document's lines before any reader sees them, from inside the content folder only.
 * May import: model, config, diag.
 */
package dev.lectern.source;
