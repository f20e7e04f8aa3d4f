package io.parallax.annotate;

/**
 * One sentence of an article's clean text: its 0-based index, character offsets into
 * `articles.text` (end exclusive), token count and text.
 */
public record Sentence(int index, int charBegin, int charEnd, int tokenCount, String text) {}
