package io.parallax.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Readers for the story-alignment data sets, each into plain {@link StoryArticle}s with their gold
 * story: BASIL (`articles/<event>_<outlet>.json`, full text, dates), ECB+ (`documents/<topic>ecb`
 * and `<topic>ecbplus` folders, the event being the folder; no dates) and AllSides
 * (`stories.jsonl`, title and lead paragraphs of each side's article, the roundup's date).
 */
public final class StoryDataSets {
  /** One article to align, and the story it belongs to. */
  public record StoryArticle(
      String id, String outlet, String title, String text, LocalDate date, String gold) {}

  /** The layouts `evaluate stories --format` reads. */
  public enum Format {
    BASIL,
    ECBPLUS,
    ALLSIDES;

    public static Format parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace("+", "PLUS").replace("-", ""));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryDataSets() {}

  public static List<StoryArticle> read(Path path, Format format) {
    try {
      return switch (format) {
        case BASIL -> basil(path);
        case ECBPLUS -> ecbPlus(path);
        case ALLSIDES -> allSides(path);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<StoryArticle> basil(Path path) throws IOException {
    Path dir = Files.isDirectory(path.resolve("articles")) ? path.resolve("articles") : path;
    List<Path> files = jsonFiles(dir, "BASIL's articles/ directory (<event>_<outlet>.json)");
    List<StoryArticle> articles = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".json", "");
      int underscore = name.indexOf('_');
      if (underscore < 0) {
        continue;
      }
      JsonNode json = JSON.readTree(file.toFile());
      StringBuilder text = new StringBuilder();
      for (JsonNode sentence : json.path("body")) {
        text.append(sentence.path("sentence").asText()).append('\n');
      }
      articles.add(
          new StoryArticle(
              name,
              json.path("source").asText(name.substring(underscore + 1)),
              json.path("title").asText(""),
              text.toString(),
              date(json.path("date").asText("")),
              "basil-" + name.substring(0, underscore)));
    }
    return articles;
  }

  private static List<StoryArticle> ecbPlus(Path path) throws IOException {
    Path dir = Files.isDirectory(path.resolve("documents")) ? path.resolve("documents") : path;
    if (!Files.isDirectory(dir)) {
      throw ParallaxErrors.evaluationDataNotFound(
          path.toString(), "ECB+'s documents/ directory (one folder per event)");
    }
    List<StoryArticle> articles = new ArrayList<>();
    List<Path> events;
    try (Stream<Path> list = Files.list(dir)) {
      events = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path event : events) {
      for (Path file : jsonFiles(event, "ECB+ documents")) {
        JsonNode json = JSON.readTree(file.toFile());
        String id = file.getFileName().toString().replace(".json", "");
        // ECB+ keeps the first sentence in `title` and the rest in `text`.
        articles.add(
            new StoryArticle(
                id,
                id,
                json.path("title").asText(""),
                json.path("text").asText(""),
                null,
                event.getFileName().toString()));
      }
    }
    if (articles.isEmpty()) {
      throw ParallaxErrors.evaluationDataNotFound(
          path.toString(), "ECB+'s documents/ directory (one folder per event)");
    }
    return articles;
  }

  private static List<StoryArticle> allSides(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve("stories.jsonl") : path;
    if (!Files.isRegularFile(file)) {
      throw ParallaxErrors.evaluationDataNotFound(
          path.toString(), "AllSides stories.jsonl (or the folder holding it)");
    }
    List<StoryArticle> articles = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode story = JSON.readTree(line);
      String id = story.path("id").asText();
      LocalDate date = date(story.path("date").asText(""));
      Iterator<Map.Entry<String, JsonNode>> sides = story.path("news").fields();
      while (sides.hasNext()) {
        Map.Entry<String, JsonNode> side = sides.next();
        JsonNode news = side.getValue();
        JsonNode newBody = news.path("newBody");
        List<String> paragraphs = new ArrayList<>();
        if (newBody.isArray()) { // the roundups as crawled: a JSON list of paragraphs
          newBody.forEach(p -> paragraphs.add(p.asText("")));
        } else { // as NeuS preprocessed them: a Python list's text
          paragraphs.addAll(PythonStrings.of(newBody.asText("")));
        }
        String body = String.join("\n", paragraphs);
        articles.add(
            new StoryArticle(
                "allsides-" + id + "-" + side.getKey(),
                news.path("newsSource").asText(side.getKey()),
                news.path("newsTitle").asText(""),
                body,
                date,
                "allsides-" + id));
      }
    }
    return articles;
  }

  private static List<Path> jsonFiles(Path dir, String expected) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw ParallaxErrors.evaluationDataNotFound(dir.toString(), expected);
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static LocalDate date(String text) {
    return text.length() >= 10 && text.charAt(4) == '-'
        ? LocalDate.parse(text.substring(0, 10))
        : null;
  }
}
