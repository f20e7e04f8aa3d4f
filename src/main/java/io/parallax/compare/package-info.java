/**
 * Compare: the fourth stage. Input: the annotate tables of the articles of each story with two or
 * more outlets. Output so far: per story × outlet, coverage, tone, sentiment toward the story's
 * main actors, who is quoted and how much ({@link io.parallax.compare.QuoteShares}), and the words
 * that set the outlet apart within the story ({@link io.parallax.compare.FightinWords}: log-odds
 * with an informative Dirichlet prior, Monroe, Colaresi and Quinn 2008). Pure; the Spark adapter is
 * {@code io.parallax.spark.CompareRunner}.
 */
package io.parallax.compare;
