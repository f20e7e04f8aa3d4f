package io.parallax.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of Parallax and of what shapes its results, for run_summary and --version. */
public final class Versions {
  private static final String RESOURCE = "/io/parallax/versions.properties";

  private Versions() {}

  public static String parallax() {
    return libraries().getOrDefault("parallax", "unknown");
  }

  /** Parallax and library versions as the build recorded them, plus Java's. */
  public static Map<String, String> libraries() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    Map<String, String> versions = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> versions.put(k, properties.getProperty(k)));
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }
}
