package io.parallax.evaluate;

import java.nio.file.Path;
import java.util.Set;

/**
 * The name an evaluation prints for its data: `polnear-dev` for `.../polnear/dev`, `allsides-neus`
 * for `.../allsides-neus/stories.jsonl` (a file with a generic name is named by its folder).
 */
public final class DataSetNames {
  private static final Set<String> SPLITS = Set.of("dev", "train", "test", "validation");
  private static final Set<String> GENERIC = Set.of("stories", "articles", "documents", "data");

  private DataSetNames() {}

  public static String of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString().replaceAll("\\.(jsonl|csv|tsv|json)$", "");
    Path parent = absolute.getParent();
    if (SPLITS.contains(name) && parent != null) {
      return parent.getFileName() + "-" + name;
    }
    if (GENERIC.contains(name) && parent != null && parent.getFileName() != null) {
      return parent.getFileName().toString();
    }
    return name;
  }
}
