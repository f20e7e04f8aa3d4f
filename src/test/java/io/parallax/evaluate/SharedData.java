package io.parallax.evaluate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The labelled data under `../shared/data`, present in CI and developer checkouts, not clones. */
public final class SharedData {
  private SharedData() {}

  /** The path, or the test is skipped with a message saying what is missing. */
  public static Path require(String relative) {
    Path path = Path.of("..", "shared", "data").resolve(relative);
    assumeTrue(
        Files.exists(path), "skipped: " + path + " is not here (a plain clone has no ../shared)");
    return path;
  }

  /**
   * Writes the header and the first {@code records} records of a delimited file (CSV, TSV) to
   * {@code target}, so a test scores a few real items quickly.
   */
  public static void firstRecords(Path source, Path target, CSVFormat base, int records)
      throws IOException {
    CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(source);
        CSVParser parser = format.parse(reader);
        Writer writer = Files.newBufferedWriter(target);
        CSVPrinter printer =
            base.builder()
                .setHeader(parser.getHeaderNames().toArray(String[]::new))
                .get()
                .print(writer)) {
      for (CSVRecord record : parser.stream().limit(records).toList()) {
        printer.printRecord(record.values());
      }
    }
  }
}
