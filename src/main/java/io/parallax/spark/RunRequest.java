package io.parallax.spark;

import io.parallax.config.ParallaxConfig;
import io.parallax.ingest.InputFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One run as the user asked for it: the inputs, the format (empty for auto), the output root, the
 * run date whose partitions the run replaces, and the resolved configuration.
 */
public record RunRequest(
    List<String> inputs,
    Optional<InputFormat> format,
    String output,
    LocalDate runDate,
    ParallaxConfig config) {
  public RunRequest {
    inputs = List.copyOf(inputs);
  }
}
