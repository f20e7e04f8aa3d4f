/**
 * The Spark edge: lists inputs on any Hadoop file system, reads them into raw records on the
 * executors, runs the pure stages per partition, and writes each run's tables atomically per run
 * date. Input: the {@code run} command's request. Output: Parquet under {@code
 * <output>/<table>/run_date=D/} and a {@link io.parallax.spark.RunReport}. Nothing here decides
 * what a record means; that is the stages' work.
 */
package io.parallax.spark;
