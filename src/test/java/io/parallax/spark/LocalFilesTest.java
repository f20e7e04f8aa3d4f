package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.errors.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Listing input folders on this machine: links, loops, pipes and names that look like globs. */
class LocalFilesTest {
  @TempDir Path dir;

  private InputFiles.Resolved resolve(Path input) {
    return InputFiles.resolve(List.of(input.toString()), Optional.empty(), new Configuration());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void linksAreFollowedOnceAndLoopsNever() throws Exception {
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    Files.writeString(crawl.resolve("a.jsonl"), "{}\n");
    Path night = Files.createDirectories(dir.resolve("night"));
    Files.createSymbolicLink(night.resolve("a.jsonl"), crawl.resolve("a.jsonl"));
    Files.createSymbolicLink(night.resolve("again.jsonl"), crawl.resolve("a.jsonl"));
    Files.createSymbolicLink(night.resolve("loop"), night);
    Files.createSymbolicLink(night.resolve("loop2"), dir);

    InputFiles.Resolved resolved = resolve(night);

    assertThat(resolved.files())
        .singleElement()
        .satisfies(f -> assertThat(f.path()).endsWith("night/a.jsonl"));
    assertThat(resolved.skipped())
        .anySatisfy(s -> assertThat(s).contains("again.jsonl").contains("the same file as"))
        .anySatisfy(s -> assertThat(s).contains("a link back into a folder already listed"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aNamedPipeIsSkippedNotWaitedOn() throws Exception {
    Path night = Files.createDirectories(dir.resolve("night"));
    Files.writeString(night.resolve("a.jsonl"), "{}\n");
    Process mkfifo =
        new ProcessBuilder("mkfifo", night.resolve("pipe.jsonl").toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();

    InputFiles.Resolved resolved = resolve(night);

    assertThat(resolved.files()).hasSize(1);
    assertThat(resolved.skipped())
        .singleElement()
        .asString()
        .contains("pipe.jsonl", "not a regular file");
  }

  @Test
  void namesWithGlobCharactersAreReadAsWritten() throws Exception {
    Path odd = Files.createDirectories(dir.resolve("night [1]*:x"));
    Files.writeString(odd.resolve("a[2].jsonl"), "{}\n");
    Files.writeString(dir.resolve("night 1x.jsonl"), "{}\n"); // what the glob would also match

    InputFiles.Resolved resolved = resolve(odd);

    assertThat(resolved.files())
        .singleElement()
        .satisfies(f -> assertThat(f.path()).contains("night [1]*:x").endsWith("a[2].jsonl"));
  }

  @Test
  void aNamedFileNoReaderTakesIsAUserError() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> resolve(file)).isInstanceOf(UserException.class);
  }

  @Test
  void aFileGivenTwiceOrInsideAFolderAlsoGivenIsReadOnce() throws Exception {
    Path night = Files.createDirectories(dir.resolve("night"));
    Path file = Files.writeString(night.resolve("a.jsonl"), "{}\n");
    InputFiles.Resolved resolved =
        InputFiles.resolve(
            List.of(file.toString(), file.toString(), night.toString()),
            Optional.empty(),
            new Configuration());
    assertThat(resolved.files()).extracting(InputFiles.InputFile::path).hasSize(1);
  }
}
