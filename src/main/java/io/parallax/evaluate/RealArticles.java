package io.parallax.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Every real, distinct news article of the labelled sets under a data directory (BASIL, ECB+,
 * AllSides, PolNeAR's texts, PerSenT), in a fixed shuffled order (seed 7): the raw material of the
 * benchmarks' corpora. Sets that are missing are left out.
 */
public final class RealArticles {
  /** One article: a unique id, its outlet where the set names one (else the set), title, text. */
  public record Article(String id, String outlet, String title, String text) {}

  private RealArticles() {}

  public static List<Article> read(Path data) {
    List<Article> articles = new ArrayList<>();
    addStorySet(articles, data.resolve("basil"), StoryDataSets.Format.BASIL);
    addStorySet(articles, data.resolve("ecbplus"), StoryDataSets.Format.ECBPLUS);
    addStorySet(articles, data.resolve("allsides-neus"), StoryDataSets.Format.ALLSIDES);
    for (String split : List.of("train", "dev")) {
      Path texts = data.resolve("polnear").resolve(split).resolve("text");
      if (Files.isDirectory(texts)) {
        try (Stream<Path> files = Files.list(texts)) {
          for (Path file : files.sorted().toList()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElse("");
            articles.add(new Article("polnear-" + file.getFileName(), "polnear", title, text));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    Path persent = data.resolve("persent").resolve("dev.csv");
    if (Files.isRegularFile(persent)) {
      for (PerSent.Document d : PerSent.read(persent).documents()) {
        articles.add(new Article("persent-" + d.id(), "persent", "", d.text()));
      }
    }
    Collections.shuffle(articles, new Random(7));
    return articles;
  }

  private static void addStorySet(List<Article> into, Path dir, StoryDataSets.Format format) {
    if (!Files.exists(dir)) {
      return;
    }
    for (StoryDataSets.StoryArticle a : StoryDataSets.read(dir, format)) {
      into.add(new Article(a.id(), a.outlet(), a.title(), a.text()));
    }
  }
}
