package io.parallax.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.annotate.SentenceEmbeddings;
import io.parallax.compare.Omissions;
import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * `evaluate omissions` on BASIL (Fan et al., EMNLP 2019): of the informational-bias spans (facts an
 * outlet chose to tell, annotated by the dataset's experts), how many the compare stage's own
 * {@link Omissions} finds as a claim that both other outlets of the event leave out (recall), with
 * counterparts by content words (the default) and by sentence embeddings too
 * (`compare.claims.embeddings`). An event's three articles are the story; the span's sentence is
 * the claim.
 */
public final class OmissionEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OmissionEvaluation() {}

  public static List<String> run(Path data, Set<String> stopWords) {
    Path dir = Files.isDirectory(data.resolve("articles")) ? data.resolve("articles") : data;
    if (!Files.isDirectory(dir)) {
      throw ParallaxErrors.evaluationDataNotFound(
          data.toString(), "BASIL's articles/ directory (<event>_<outlet>.json)");
    }
    Map<String, List<Path>> events = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json") && name.contains("_")) {
          events
              .computeIfAbsent(name.substring(0, name.indexOf('_')), e -> new ArrayList<>())
              .add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Scores words = score(events.values(), stopWords, null);
    Scores embedded = score(events.values(), stopWords, SentenceEmbeddings::of);
    return List.of(
        String.format(
            Locale.ROOT,
            "events %d; informational spans %d, found as a claim every other outlet omits: %d by"
                + " content words, %d with sentence embeddings too (%s, cosine >= %.2f); omissions"
                + " listed %d and %d",
            words.events(),
            words.spans(),
            words.found(),
            embedded.found(),
            SentenceEmbeddings.DESCRIPTION,
            Omissions.COUNTERPART_COSINE,
            words.omissionsListed(),
            embedded.omissionsListed()),
        String.format(
            Locale.ROOT,
            "sentences %d, of which claims every other outlet omits: %d (%.3f) by content words,"
                + " %d (%.3f) with embeddings too; flagging every sentence would give recall 1.000,"
                + " so read the recall beside this share",
            words.sentences(),
            words.flagged(),
            words.flaggedShare(),
            embedded.flagged(),
            embedded.flaggedShare()),
        String.format(
            Locale.ROOT,
            "omissions %s n=%d recall=%.3f flagged_share=%.3f embeddings_recall=%.3f"
                + " embeddings_flagged_share=%.3f",
            DataSetNames.of(data),
            words.spans(),
            words.recall(),
            words.flaggedShare(),
            embedded.recall(),
            embedded.flaggedShare()));
  }

  /** What one way of finding counterparts made of the events. */
  private record Scores(
      int events, int spans, int found, int sentences, int flagged, long omissionsListed) {
    double recall() {
      return spans == 0 ? 0 : (double) found / spans;
    }

    double flaggedShare() {
      return sentences == 0 ? 0 : (double) flagged / sentences;
    }
  }

  /**
   * The events' omissions, with counterparts by content words or, with an encoder, also by meaning.
   */
  private static Scores score(
      Iterable<List<Path>> events,
      Set<String> stopWords,
      Function<List<String>, float[][]> encoder) {
    int spans = 0;
    int found = 0;
    int sentencesAll = 0;
    int sentencesFlagged = 0;
    int scoredEvents = 0;
    long omissionsListed = 0;
    for (List<Path> files : events) {
      if (files.size() < 2) {
        continue;
      }
      scoredEvents++;
      List<Omissions.OutletTelling> tellings = new ArrayList<>();
      Map<String, List<String>> spanSentences = new LinkedHashMap<>(); // outlet -> sentences
      for (Path file : files) {
        JsonNode json = read(file);
        String outlet = json.path("source").asText(file.getFileName().toString());
        List<Omissions.Sentence> sentences = new ArrayList<>();
        List<String> withSpan = new ArrayList<>();
        for (JsonNode sentence : json.path("body")) {
          String text = sentence.path("sentence").asText();
          sentences.add(new Omissions.Sentence(outlet, sentences.size(), text));
          for (JsonNode annotation : sentence.path("annotations")) {
            if (annotation.path("bias").asText().equals("Informational")) {
              withSpan.add(text);
            }
          }
        }
        tellings.add(new Omissions.OutletTelling(outlet, sentences, Map.of(), Set.of(), List.of()));
        spanSentences.put(outlet, withSpan);
      }
      List<Omissions.Omission> omissions =
          Omissions.of(tellings, stopWords, Omissions.Limits.NONE, encoder);
      omissionsListed += omissions.size();
      // Claims each outlet alone reports, and how many other outlets leave each out.
      Map<String, Set<String>> omittedBy = new LinkedHashMap<>();
      for (Omissions.Omission o : omissions) {
        if (o.kind().equals("claim") && o.reportedBy().size() == 1) {
          omittedBy.computeIfAbsent(o.fact(), f -> new HashSet<>()).add(o.outlet());
        }
      }
      int others = tellings.size() - 1;
      for (Omissions.OutletTelling telling : tellings) {
        for (Omissions.Sentence sentence : telling.sentences()) {
          sentencesAll++;
          if (omittedBy.getOrDefault(sentence.text(), Set.of()).size() == others) {
            sentencesFlagged++;
          }
        }
      }
      for (List<String> sentences : spanSentences.values()) {
        for (String sentence : sentences) {
          spans++;
          if (omittedBy.getOrDefault(sentence, Set.of()).size() == others) {
            found++;
          }
        }
      }
    }
    return new Scores(scoredEvents, spans, found, sentencesAll, sentencesFlagged, omissionsListed);
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
