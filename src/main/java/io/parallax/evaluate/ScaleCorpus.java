package io.parallax.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A corpus of any size for scale runs, built reproducibly from {@link RealArticles} that have a
 * body: real texts, never synthetic. Article i is copy k = i / pool of pool article i % pool; copy
 * 0 is the real article, and each further copy is the same text as another "edition": its outlet
 * relabelled (`"<outlet> #k"`, so exact-duplicate removal keeps it), its id suffixed, and its date
 * moved k years on. Within a copy, articles spread over one year by their place in the shuffled
 * order, so the events of one copy keep their articles together and never meet another copy's in a
 * window: stories stay as realistic as the sets they come from, and the corpus grows as a feed
 * does, in days, not in denser days. Written as JSON Lines in the input contract, {@value
 * #PER_FILE} articles per file.
 */
public final class ScaleCorpus {
  static final int PER_FILE = 1000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScaleCorpus() {}

  /** Writes {@code articles} articles under {@code output}; returns the files written. */
  public static List<Path> write(Path data, int articles, Path output) {
    // Only articles with a body: some sets hold a title or a first sentence alone (ECB+, AllSides).
    List<RealArticles.Article> pool =
        RealArticles.read(data).stream().filter(a -> !a.text().isBlank()).toList();
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("no labelled articles under " + data);
    }
    try {
      Files.createDirectories(output);
      List<Path> files = new java.util.ArrayList<>();
      BufferedWriter out = null;
      for (int i = 0; i < articles; i++) {
        if (i % PER_FILE == 0) {
          if (out != null) {
            out.close();
          }
          Path file = output.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", i / PER_FILE));
          files.add(file);
          out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        out.write(record(pool, i));
        out.write('\n');
      }
      if (out != null) {
        out.close();
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Article i of the corpus as a JSON line of the input contract. */
  static String record(List<RealArticles.Article> pool, int i) {
    int copy = i / pool.size();
    int place = i % pool.size();
    RealArticles.Article a = pool.get(place);
    LocalDate day = FIRST_DAY.plusYears(copy).plusDays((long) place * 365 / pool.size());
    ObjectNode record = JSON.createObjectNode();
    record.put("id", copy == 0 ? a.id() : a.id() + "#" + copy);
    record.put("outlet", copy == 0 ? a.outlet() : a.outlet() + " #" + copy);
    if (!a.title().isBlank()) {
      record.put("title", a.title());
    }
    record.put("text", a.text());
    record.put("published_at", day.toString());
    record.put("language", "en");
    return record.toString();
  }
}
