package io.parallax.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The JVM flags listed in conf/java-module-options, comments and blank lines left out. */
public final class ModuleOptionsFile {
  private ModuleOptionsFile() {}

  public static List<String> flags() {
    try {
      return Files.readAllLines(Path.of("conf/java-module-options")).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
