package io.parallax.spark;

import java.util.Arrays;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;

/** Spark MLlib's English stop words, the one list every stage and evaluation leaves out. */
public final class StopWords {
  /** Loaded once per JVM. */
  public static final Set<String> ENGLISH =
      Set.copyOf(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));

  private StopWords() {}
}
