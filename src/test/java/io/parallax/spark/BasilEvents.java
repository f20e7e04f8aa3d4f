package io.parallax.spark;

import io.parallax.evaluate.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The first BASIL events, each with its three outlets' articles, copied into a test folder. */
final class BasilEvents {
  private BasilEvents() {}

  /**
   * Copies the articles of the first {@code events} events (by name) into {@code dir/articles};
   * returns how many files. Skips the test when ../shared/data/basil is not here.
   */
  static int copy(Path dir, int events) throws IOException {
    Path basil = SharedData.require("basil/articles");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    List<String> first;
    try (Stream<Path> files = Files.list(basil)) {
      first =
          files
              .map(p -> p.getFileName().toString().replaceAll("_.*", ""))
              .distinct()
              .sorted()
              .limit(events)
              .toList();
    }
    int copied = 0;
    for (String event : first) {
      for (String outlet : List.of("fox", "nyt", "hpo")) {
        Path file = basil.resolve(event + "_" + outlet + ".json");
        if (Files.isRegularFile(file)) {
          Files.copy(file, articles.resolve(file.getFileName()));
          copied++;
        }
      }
    }
    return copied;
  }
}
