package io.parallax.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP pipelines, one per JVM for each distinct configuration, built on first use and reused by
 * every task on that executor. Pipelines are not serialisable and take seconds to build (minutes
 * with the parser and coreference models), so Spark functions carry only the configuration and ask
 * here.
 */
public final class CoreNlpPipelines {
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  private CoreNlpPipelines() {}

  public static StanfordCoreNLP get(Properties properties) {
    return PIPELINES.computeIfAbsent(key(properties), k -> new StanfordCoreNLP(copy(properties)));
  }

  /** How many distinct pipelines this JVM has built; tests use it to check reuse. */
  static int built() {
    return PIPELINES.size();
  }

  private static String key(Properties properties) {
    Map<String, String> sorted = new TreeMap<>();
    properties
        .stringPropertyNames()
        .forEach(name -> sorted.put(name, properties.getProperty(name)));
    return sorted.toString();
  }

  private static Properties copy(Properties properties) {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }
}
