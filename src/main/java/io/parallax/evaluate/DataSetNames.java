package io.parallax.evaluate;

import java.nio.file.Path;
import java.util.Set;

/** The name an evaluation prints for its data: `polnear-dev` for `.../polnear/dev`. */
public final class DataSetNames {
  private static final Set<String> SPLITS = Set.of("dev", "train", "test", "validation");

  private DataSetNames() {}

  public static String of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString().replaceAll("\\.(jsonl|csv|tsv|json)$", "");
    Path parent = absolute.getParent();
    if (SPLITS.contains(name) && parent != null) {
      return parent.getFileName() + "-" + name;
    }
    return name;
  }
}
