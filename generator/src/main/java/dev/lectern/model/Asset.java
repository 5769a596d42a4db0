package dev.lectern.model;

import java.nio.file.Path;

/**
 * A file of the content folder that is not a document (an image, an SVG, a PDF, a download): published at its path
 * inside the content folder ({@code source}, forward slashes: {@code docs/img/diagram.png}), copied from {@code file};
 * {@code displayPath} names it in messages. Its place stays the same whatever the pages' URLs become, so references
 * to it resolve from any page.
 */
public record Asset(String source, String displayPath, Path file) {
}
