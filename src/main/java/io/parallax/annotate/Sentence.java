package io.parallax.annotate;

/**
 * One sentence of an article's clean text: its 0-based index, character offsets into
 * `articles.text` (end exclusive), token count, text, and overall sentiment (VADER's compound
 * score, -1..1, from {@link SentimentLexicon}).
 */
public record Sentence(
    int index, int charBegin, int charEnd, int tokenCount, String text, double sentiment) {
  Sentence withSentiment(double score) {
    return new Sentence(index, charBegin, charEnd, tokenCount, text, score);
  }
}
