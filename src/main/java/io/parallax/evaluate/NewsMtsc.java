package io.parallax.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC JSON Lines (Hamborg & Donnay, "NewsMTSC: A Dataset for (Multi-)Target-dependent
 * Sentiment Classification in Political News Articles", EACL 2021): `sentence_normalized` and
 * `targets` with `from`, `to` and `polarity` 2.0 (negative), 4.0 (neutral) or 6.0 (positive).
 */
public final class NewsMtsc {
  private NewsMtsc() {}

  public static List<SentimentExample> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ParallaxErrors.evaluationDataNotFound(
          file.toString(), "a NewsMTSC JSON Lines file, like ../shared/data/newsmtsc/train.jsonl");
    }
    ObjectMapper json = new ObjectMapper();
    List<SentimentExample> examples = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        String sentence = record.path("sentence_normalized").asText();
        for (JsonNode target : record.path("targets")) {
          int polarity = (int) target.path("polarity").asDouble();
          examples.add(
              new SentimentExample(
                  sentence,
                  target.path("from").asInt(),
                  target.path("to").asInt(),
                  polarity / 2 - 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples;
  }
}
