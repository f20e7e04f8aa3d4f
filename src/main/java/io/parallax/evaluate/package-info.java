/**
 * Evaluate: quality figures on real labelled data, for the `evaluate` command. Readers for each
 * data set's layout turn gold labels into plain records; scorers are pure and mergeable; the
 * annotate stage's own code ({@link io.parallax.annotate.ArticleAnnotator}) makes the predictions,
 * so a figure measures what the job writes.
 */
package io.parallax.evaluate;
