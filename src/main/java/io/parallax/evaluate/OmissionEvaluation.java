package io.parallax.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Stream;

/**
 * `evaluate omissions` on BASIL (Fan et al., EMNLP 2019): of the informational-bias spans (facts an
 * outlet chose to tell, annotated by the dataset's experts), how many the compare stage's own
 * {@link Omissions} finds as a claim that both other outlets of the event leave out (recall). An
 * event's three articles are the story; the span's sentence is the claim.
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
    int spans = 0;
    int found = 0;
    int sentencesAll = 0;
    int sentencesFlagged = 0;
    int scoredEvents = 0;
    long omissionsListed = 0;
    for (List<Path> files : events.values()) {
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
      List<Omissions.Omission> omissions = Omissions.of(tellings, stopWords);
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
    double recall = spans == 0 ? 0 : (double) found / spans;
    return List.of(
        String.format(
            Locale.ROOT,
            "events %d; informational spans %d, found as a claim every other outlet omits %d;"
                + " omissions listed %d",
            scoredEvents,
            spans,
            found,
            omissionsListed),
        String.format(
            Locale.ROOT,
            "sentences %d, of which %d (%.3f) are claims every other outlet omits: flagging every"
                + " sentence would give recall 1.000, so read the recall beside this share",
            sentencesAll,
            sentencesFlagged,
            sentencesAll == 0 ? 0 : (double) sentencesFlagged / sentencesAll),
        String.format(
            Locale.ROOT,
            "omissions %s n=%d recall=%.3f flagged_share=%.3f",
            DataSetNames.of(data),
            spans,
            recall,
            sentencesAll == 0 ? 0 : (double) sentencesFlagged / sentencesAll));
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
