package io.parallax.evaluate;

import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads PerSenT CSV (Bastan et al., COLING 2020): one news article per row, its main person
 * (`TARGET_ENTITY`) and the author's sentiment toward that person over the whole article
 * (`TRUE_SENTIMENT`: Negative, Neutral, Positive). Rows with another label are skipped and counted.
 */
public final class PerSent {
  /** One labelled article; label 0 negative, 1 neutral, 2 positive. */
  public record Document(String id, String text, String target, int label) {}

  /** The documents read, and how many rows had no usable label. */
  public record Read(List<Document> documents, int skipped) {}

  private PerSent() {}

  public static Read read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ParallaxErrors.evaluationDataNotFound(
          file.toString(), "a PerSenT CSV file, like ../shared/data/persent/dev.csv");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Document> documents = new ArrayList<>();
    int skipped = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : format.parse(reader)) {
        int label =
            switch (record.get("TRUE_SENTIMENT").strip().toLowerCase(Locale.ROOT)) {
              case "negative" -> 0;
              case "neutral" -> 1;
              case "positive" -> 2;
              default -> -1;
            };
        String text = record.get("DOCUMENT");
        String target = record.get("TARGET_ENTITY").strip();
        if (label < 0 || text.isBlank() || target.isEmpty()) {
          skipped++;
          continue;
        }
        documents.add(new Document(record.get("DOCUMENT_INDEX"), text, target, label));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ParallaxErrors.evaluationDataNotFound(
          file.toString(), "PerSenT CSV with DOCUMENT, TARGET_ENTITY and TRUE_SENTIMENT columns");
    }
    return new Read(documents, skipped);
  }
}
