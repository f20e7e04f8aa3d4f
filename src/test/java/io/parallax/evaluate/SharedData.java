package io.parallax.evaluate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The labelled data under `../shared/data`, present in CI and developer checkouts, not clones. */
public final class SharedData {
  private SharedData() {}

  /** The path, or the test is skipped with a message saying what is missing. */
  public static Path require(String relative) {
    Path path = Path.of("..", "shared", "data").resolve(relative);
    assumeTrue(
        Files.exists(path), "skipped: " + path + " is not here (a plain clone has no ../shared)");
    return path;
  }
}
