package io.parallax.spark;

import io.parallax.errors.ParallaxErrors;
import io.parallax.ingest.InputFormat;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands --input values (files, directories, globs; any Hadoop file system) into the files to
 * read, each with its format. A value that matches nothing, or a named file whose format cannot be
 * told, is a user error; files inside a directory that no reader takes are skipped and listed with
 * the reason.
 */
final class InputFiles {
  /** A file to read, the reader that takes it, and its size in bytes. */
  record InputFile(String path, InputFormat format, long bytes) implements Serializable {}

  /** What the inputs expand to. */
  record Resolved(List<InputFile> files, List<String> skipped) {}

  private InputFiles() {}

  static Resolved resolve(
      List<String> patterns, Optional<InputFormat> forcedFormat, Configuration hadoop) {
    TreeMap<String, InputFile> files = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    for (String pattern : patterns) {
      // What this input names, whether or not an earlier input named it too: a file given twice
      // (or a folder and a file in it) is read once.
      TreeMap<String, InputFile> named = new TreeMap<>();
      List<String> namedSkipped = new ArrayList<>();
      list(pattern, forcedFormat, hadoop, named, namedSkipped);
      // An empty file is input (a night with nothing in it); a folder of unknown names is not.
      if (named.isEmpty() && emptyFiles(namedSkipped) == 0) {
        throw ParallaxErrors.inputHasNoReadableFiles(pattern);
      }
      files.putAll(named);
      namedSkipped.stream().filter(s -> !skipped.contains(s)).forEach(skipped::add);
    }
    return new Resolved(List.copyOf(files.values()), List.copyOf(skipped));
  }

  private static void list(
      String pattern,
      Optional<InputFormat> forcedFormat,
      Configuration hadoop,
      TreeMap<String, InputFile> files,
      List<String> skipped) {
    Optional<java.nio.file.Path> local = literalLocalPath(pattern, hadoop);
    if (local.isPresent()) {
      LocalFiles.list(local.get(), forcedFormat, files, skipped);
      return;
    }
    for (FileStatus match : glob(pattern, hadoop)) {
      if (match.isDirectory() && isLocal(match.getPath(), hadoop)) {
        LocalFiles.list(
            java.nio.file.Path.of(match.getPath().toUri()), forcedFormat, files, skipped);
      } else if (match.isDirectory()) {
        addDirectory(match.getPath(), forcedFormat, hadoop, files, skipped);
      } else {
        String path = match.getPath().toString();
        InputFormat format =
            forcedFormat
                .or(() -> InputFormat.fromFileName(match.getPath().getName()))
                .orElseThrow(() -> ParallaxErrors.unknownFileFormat(path));
        add(files, skipped, new InputFile(path, format, match.getLen()));
      }
    }
  }

  static final String EMPTY = " (empty file: 0 bytes)";

  /**
   * The input as a path on this machine, when it names one that exists as written (file:, or no
   * scheme while the default file system is the local one): read literally, so that '[', '*' or ':'
   * in a name are not taken for a glob or a scheme, and walked with links followed once ({@link
   * LocalFiles}).
   */
  static Optional<java.nio.file.Path> literalLocalPath(String pattern, Configuration hadoop) {
    String path = pattern;
    if (!path.startsWith("file:") && !defaultIsLocal(hadoop)) {
      return Optional.empty(); // a path without a scheme is on the cluster's file system
    }
    if (path.startsWith("file:")) {
      try {
        return Optional.of(java.nio.file.Path.of(java.net.URI.create(path)))
            .filter(java.nio.file.Files::exists);
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        return Optional.empty();
      }
    }
    if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
      return Optional.empty(); // hdfs://, s3a://, ...
    }
    try {
      java.nio.file.Path local = java.nio.file.Path.of(path);
      return java.nio.file.Files.exists(local) ? Optional.of(local) : Optional.empty();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static int emptyFiles(List<String> skipped) {
    return (int) skipped.stream().filter(s -> s.endsWith(EMPTY)).count();
  }

  private static boolean defaultIsLocal(Configuration hadoop) {
    try {
      return FileSystem.get(hadoop) instanceof org.apache.hadoop.fs.LocalFileSystem;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isLocal(Path path, Configuration hadoop) {
    try {
      return path.getFileSystem(hadoop) instanceof org.apache.hadoop.fs.LocalFileSystem;
    } catch (IOException e) {
      return false;
    }
  }

  /** An empty file holds no record: it is listed as skipped, so that the run summary names it. */
  static void add(TreeMap<String, InputFile> files, List<String> skipped, InputFile file) {
    if (file.bytes() == 0) {
      skipped.add(file.path() + EMPTY);
    } else {
      files.put(file.path(), file);
    }
  }

  private static FileStatus[] glob(String pattern, Configuration hadoop) {
    try {
      Path path = new Path(pattern);
      FileStatus[] matches = path.getFileSystem(hadoop).globStatus(path);
      if (matches == null || matches.length == 0) {
        throw ParallaxErrors.inputNotFound(pattern);
      }
      return matches;
    } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
      throw ParallaxErrors.unknownFileSystem(pattern, e.getMessage());
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("Illegal file pattern")) {
        throw ParallaxErrors.badInputPattern(pattern, e.getMessage()); // "[bad", "{a"
      }
      throw new UncheckedIOException("listing input " + pattern, e);
    } catch (IllegalArgumentException e) {
      throw ParallaxErrors.inputNotFound(pattern);
    }
  }

  private static void addDirectory(
      Path directory,
      Optional<InputFormat> forcedFormat,
      Configuration hadoop,
      TreeMap<String, InputFile> files,
      List<String> skipped) {
    try {
      FileSystem fs = directory.getFileSystem(hadoop);
      RemoteIterator<LocatedFileStatus> listing = fs.listFiles(directory, true);
      while (listing.hasNext()) {
        LocatedFileStatus file = listing.next();
        if (isHidden(directory, file.getPath())) {
          continue;
        }
        String path = file.getPath().toString();
        Optional<InputFormat> format =
            forcedFormat.or(() -> InputFormat.fromFileName(file.getPath().getName()));
        if (format.isPresent()) {
          add(files, skipped, new InputFile(path, format.get(), file.getLen()));
        } else {
          skipped.add(path + " (no reader for this file name)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing input directory " + directory, e);
    }
  }

  /**
   * Hidden files and folders (".crc", "_SUCCESS", "_staging") below the listed directory are not
   * input.
   */
  private static boolean isHidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
