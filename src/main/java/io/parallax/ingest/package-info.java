/**
 * Ingest: the first stage. Input: raw records (a JSON line, a news-please file, a Parquet row as
 * JSON) with their source file and position. Output: an {@link io.parallax.ingest.Article} with
 * clean text, a UTC publication instant, a stable id and a language, or a quarantine reason with a
 * message.
 *
 * <p>Method: field reading with the contract's names first and news-please's second; HTML to text
 * with jsoup; rule-based boilerplate removal (tickers, stock lines, related-links tails; see {@link
 * io.parallax.ingest.TextCleaner}); language identification with Lingua. Pure Java: no Spark, no
 * CoreNLP, so every rule is tested in milliseconds. The Spark adapter is {@code
 * io.parallax.spark.IngestRunner}.
 */
package io.parallax.ingest;
