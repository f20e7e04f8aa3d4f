package io.parallax.spark;

import io.parallax.errors.ParallaxErrors;
import io.parallax.ingest.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lists an input on this machine's file system: a file, or a folder walked with its links followed
 * (a nightly folder of links to the crawl's files is common) but never into a loop, and never to
 * the same file twice. What is not a regular file (a named pipe, a socket, a device) is not opened,
 * since reading a pipe waits for a writer that may never come; it is listed as skipped with the
 * reason, as is a subfolder that cannot be read.
 */
final class LocalFiles {
  private LocalFiles() {}

  static void list(
      Path root,
      Optional<InputFormat> forcedFormat,
      TreeMap<String, InputFiles.InputFile> files,
      List<String> skipped) {
    boolean named = !Files.isDirectory(root);
    TreeMap<String, Found> found = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!file.equals(root) && isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (!attributes.isRegularFile()) {
                skipped.add(
                    name(file) + " (not a regular file: a pipe, socket or device is not read)");
              } else {
                found.put(name(file), new Found(file, attributes.size()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String path = name(file);
              if (e instanceof FileSystemLoopException) {
                skipped.add(path + " (a link back into a folder already listed: not followed)");
              } else {
                skipped.add(path + " (cannot be read: " + e.getMessage() + ")");
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("listing input " + root, e);
    }
    // In name order, so that which of two links to one file is read does not depend on the
    // order the file system lists them in.
    Map<Path, String> seen = new HashMap<>();
    for (Map.Entry<String, Found> entry : found.entrySet()) {
      String path = entry.getKey();
      Path file = entry.getValue().file();
      String first = seen.putIfAbsent(realPath(file), path);
      if (first != null) {
        skipped.add(path + " (the same file as " + first + ", read once)");
        continue;
      }
      Optional<InputFormat> format =
          forcedFormat.or(() -> InputFormat.fromFileName(file.getFileName().toString()));
      if (format.isPresent()) {
        InputFiles.add(
            files, skipped, new InputFiles.InputFile(path, format.get(), entry.getValue().bytes()));
      } else if (named) {
        throw ParallaxErrors.unknownFileFormat(path);
      } else {
        skipped.add(path + " (no reader for this file name)");
      }
    }
  }

  private record Found(Path file, long bytes) {}

  /** The file's name as Hadoop writes it (file:/a/b), as the rest of the job reads it. */
  private static String name(Path file) {
    return new org.apache.hadoop.fs.Path(file.toAbsolutePath().normalize().toUri()).toString();
  }

  /** Names starting with '.' or '_' (".crc", "_SUCCESS", "_staging") are not input. */
  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && (name.toString().startsWith(".") || name.toString().startsWith("_"));
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }
}
