package io.parallax.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.compare.ClaimFeatures;
import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Hand labels of which facts an outlet leaves out (`../shared/data/omission-gold`: for each
 * sentence of a BASIL article and each other outlet of its event, `reported`, `partly`, `omitted`
 * or `not_a_fact`), each with the {@link ClaimFeatures} the compare stage computes for it: the
 * claim is the sentence, the other outlet's telling is its headline and sentences, and the third
 * outlet of the event is the rest.
 */
public final class OmissionPairs {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled sentence × other-outlet pair and its features. */
  public record Pair(
      int event, String outlet, int sentence, String other, String label, double[] features) {
    /** Strict reading: the other outlet does not report the fact at all. */
    public boolean omitted() {
      return label.equals("omitted");
    }

    /** Lenient reading: omitted, or reported without a salient detail. */
    public boolean omittedOrPartly() {
      return omitted() || label.equals("partly");
    }

    /** The rule the compare stage used before its model: no sentence holds half the claim. */
    public boolean flaggedByContainmentRule() {
      return features[0] < io.parallax.compare.Omissions.COUNTERPART;
    }
  }

  private record Article(String title, List<String> sentences, Map<Integer, Integer> ordinal) {}

  private OmissionPairs() {}

  /** The labelled pairs of every `*.jsonl` in {@code gold}, facts only (no `not_a_fact`). */
  public static List<Pair> load(Path gold, Path basil, Set<String> stopWords) {
    Path articles =
        Files.isDirectory(basil.resolve("articles")) ? basil.resolve("articles") : basil;
    if (!Files.isDirectory(gold) || !Files.isDirectory(articles)) {
      throw ParallaxErrors.evaluationDataNotFound(
          gold + " and " + basil,
          "--gold: the omission labels (../shared/data/omission-gold); --basil: BASIL"
              + " (../shared/data/basil)");
    }
    List<JsonNode> labels = new ArrayList<>();
    try (Stream<Path> files = Files.list(gold)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            labels.add(JSON.readTree(line));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Article> cache = new HashMap<>();
    Map<Integer, ClaimFeatures.StoryIndex> stories = new HashMap<>();
    List<Pair> pairs = new ArrayList<>();
    for (JsonNode label : labels) {
      String kind = label.path("label").asText();
      if (kind.equals("not_a_fact")) {
        continue;
      }
      int event = label.path("event").asInt();
      String outlet = label.path("outlet").asText();
      String other = label.path("other").asText();
      int index = label.path("sentence_index").asInt();
      ClaimFeatures.StoryIndex story =
          stories.computeIfAbsent(
              event,
              e -> {
                List<ClaimFeatures.Telling> tellings = new ArrayList<>();
                for (String o : OUTLETS) {
                  tellings.add(telling(o, article(articles, e, o, cache)));
                }
                return new ClaimFeatures.StoryIndex(tellings, stopWords);
              });
      Article own = article(articles, event, outlet, cache);
      Integer ordinal = own.ordinal().get(index);
      if (ordinal == null || !OUTLETS.contains(outlet) || !OUTLETS.contains(other)) {
        throw new IllegalStateException(
            "label for sentence " + index + " of " + event + "_" + outlet + ", which has none");
      }
      ClaimFeatures.Scored[] scored =
          story.score(
              OUTLETS.indexOf(outlet),
              own.sentences().get(ordinal),
              new ClaimFeatures.Position(ordinal, own.sentences().size(), own.title()));
      pairs.add(
          new Pair(event, outlet, index, other, kind, scored[OUTLETS.indexOf(other)].values()));
    }
    return pairs;
  }

  /** BASIL's three outlets: Fox News, The New York Times, HuffPost. */
  private static final List<String> OUTLETS = List.of("fox", "nyt", "hpo");

  /** An article as the omission features read an outlet: headline, then sentences. */
  private static ClaimFeatures.Telling telling(String outlet, Article article) {
    List<String> texts = new ArrayList<>();
    texts.add(article.title());
    texts.addAll(article.sentences());
    return new ClaimFeatures.Telling(
        outlet,
        texts,
        java.util.Collections.nCopies(texts.size(), outlet),
        article.sentences().size());
  }

  /** An event's article of one outlet; BASIL names some files in upper case (96_FOX.json). */
  private static Article article(Path dir, int event, String outlet, Map<String, Article> cache) {
    return cache.computeIfAbsent(
        event + "_" + outlet,
        key -> {
          Path file = dir.resolve(key + ".json");
          if (!Files.exists(file)) {
            file = dir.resolve(event + "_" + outlet.toUpperCase(Locale.ROOT) + ".json");
          }
          try {
            JsonNode json = JSON.readTree(file.toFile());
            TreeMap<Integer, String> bySentence = new TreeMap<>();
            for (JsonNode s : json.path("body")) {
              bySentence.put(s.path("sentence-index").asInt(), s.path("sentence").asText());
            }
            Map<Integer, Integer> ordinal = new HashMap<>();
            List<String> sentences = new ArrayList<>();
            bySentence.forEach(
                (i, text) -> {
                  ordinal.put(i, sentences.size());
                  sentences.add(text);
                });
            return new Article(json.path("title").asText(""), sentences, ordinal);
          } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
          }
        });
  }
}
