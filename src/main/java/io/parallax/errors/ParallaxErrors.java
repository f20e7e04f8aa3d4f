package io.parallax.errors;

import java.util.Collection;

/**
 * Every user-facing error, made in one place. Each message says what is wrong, with the value seen,
 * and how to fix it.
 */
public final class ParallaxErrors {
  private ParallaxErrors() {}

  public static UserException runInProgress(
      String runDate, String output, String holder, String lock) {
    return new UserException(
        "another run is writing run date "
            + runDate
            + " under "
            + output
            + " ("
            + holder
            + "); wait for it to finish and run again, or, if it is dead on another machine,"
            + " delete "
            + lock,
        UserException.RUN_IN_PROGRESS);
  }

  public static UserException inputNotFound(String pattern) {
    return new UserException(
        "input '"
            + pattern
            + "' matches no file or directory; check the path (globs such as 'data/*.jsonl' must be"
            + " quoted so the shell does not expand them)");
  }

  public static UserException badInputPattern(String pattern, String why) {
    return new UserException(
        "input '"
            + pattern
            + "' cannot be listed: "
            + why
            + " (quote a literal '[' or '{' in a glob with a backslash)");
  }

  public static UserException unknownFileSystem(String pattern, String why) {
    return new UserException(
        "input '"
            + pattern
            + "' cannot be listed: "
            + why
            + " (a local path or file: reads here; hdfs:, s3a: and others need their Hadoop"
            + " connector on the classpath, as a cluster's spark-submit provides)");
  }

  public static UserException inputHasNoReadableFiles(String pattern) {
    return new UserException(
        "input '"
            + pattern
            + "' contains no file Parallax can read (.jsonl, .ndjson, .json, .parquet, optionally"
            + " compressed as .gz/.bz2); name the files or pass --format");
  }

  public static UserException unknownFileFormat(String path) {
    return new UserException(
        "cannot tell the format of '"
            + path
            + "' from its name; pass --format jsonl, --format news-please or"
            + " --format parquet");
  }

  public static UserException badFormatFlag(String value) {
    return new UserException(
        "--format '"
            + value
            + "' is not a format Parallax reads; use auto, jsonl, news-please, parquet or warc");
  }

  public static UserException badDate(String flag, String value) {
    return new UserException(
        flag
            + " '"
            + value
            + "' is not a date; use YYYY-MM-DD with a year from 1800 to 2200, e.g. 2022-01-10");
  }

  public static UserException configNotFound(String path) {
    return new UserException(
        "config file '" + path + "' does not exist; pass an existing file to --config");
  }

  public static UserException configUnreadable(String path, String why) {
    return new UserException("config file '" + path + "' cannot be read: " + why);
  }

  public static UserException unknownConfigKeys(
      String source, Collection<String> unknown, Collection<String> known) {
    return new UserException(
        "unknown key(s) "
            + unknown
            + " in "
            + source
            + "; known keys are "
            + known
            + ", plus any spark.* setting; fix the spelling or remove the line");
  }

  public static UserException badConfigValue(
      String source, String key, String value, String expected) {
    return new UserException(
        "config key " + key + " in " + source + " is '" + value + "', expected " + expected);
  }

  public static UserException badSparkSetting(String sparkMessage) {
    return new UserException(
        "a spark.* setting is not valid: "
            + sparkMessage
            + "; fix or remove that line of --config (or --conf)");
  }

  public static UserException badMaster(String master, String why) {
    return new UserException(
        "--master '"
            + master
            + "' is not a Spark master ("
            + why
            + "); use local[*], local[N], spark://HOST:PORT, yarn or k8s://URL");
  }

  public static UserException badOutletRegistry(String path, String source, String why) {
    return new UserException(
        "outlet registry '"
            + path
            + "' ("
            + source
            + ") "
            + (why.startsWith("cannot") ? why : "is not usable: " + why)
            + "; see README \"Outlets and groups\"");
  }

  public static UserException outputNotWritable(String output, String why) {
    return new UserException(
        "cannot write under output '" + output + "': " + why + "; choose another --output");
  }

  public static UserException evaluationDataNotFound(String path, String expected) {
    return new UserException(
        "evaluation data '" + path + "' is not " + expected + "; pass --data with such a path");
  }
}
