/**
 * Align: the third stage. Input: articles (title, text, publication time) of a run. Output:
 * stories, the sets of articles from any outlets that report one event. Method: each article
 * becomes a TF-IDF vector of its title (counted twice) and lead ({@link
 * io.parallax.align.StoryTerms}); candidate pairs come from blocking on each article's most
 * distinctive terms inside a window of publication dates, never from all pairs; a pair links by the
 * cosine of its vectors; stories are the clusters of average-link agglomerative clustering over the
 * links ({@link io.parallax.align.StoryClustering}), which a chain of weak links cannot glue
 * together as single link would. Pure: no Spark, no CoreNLP; the Spark adapter is {@code
 * io.parallax.spark.AlignRunner}.
 */
package io.parallax.align;
