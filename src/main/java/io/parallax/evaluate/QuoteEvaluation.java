package io.parallax.evaluate;

import io.parallax.annotate.ArticleAnnotator;
import io.parallax.annotate.Quote;
import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `evaluate quotes`: the annotate stage's quotations against a PolNeAR-style directory (`text/`
 * with `<name>.txt`, `attributions/` with `<name>_<annotator>.ann`). Where several annotators
 * labelled a text, the first file by name is the gold, so every text counts once.
 */
public final class QuoteEvaluation {
  private static final Logger LOG = LoggerFactory.getLogger(QuoteEvaluation.class);

  private QuoteEvaluation() {}

  public static List<String> run(Path dir) {
    Path texts = dir.resolve("text");
    Path annotations = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
      throw ParallaxErrors.evaluationDataNotFound(
          dir.toString(), "a directory with text/ and attributions/, like PolNeAR's dev/");
    }
    ArticleAnnotator annotator = new ArticleAnnotator();
    QuoteScores total = new QuoteScores();
    List<Path> files = list(texts, ".txt");
    List<Path> anns = list(annotations, ".ann");
    int documents = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      String stem = file.getFileName().toString().replaceAll("\\.txt$", "");
      Path ann =
          anns.stream()
              .filter(a -> a.getFileName().toString().startsWith(stem + "_"))
              .findFirst()
              .orElse(null);
      if (ann == null) {
        continue;
      }
      String text = read(file);
      List<GoldAttribution> gold = BratAttributions.parse(read(ann), text);
      List<Quote> quotes = annotator.annotate(text).quotes();
      QuoteScores one = new QuoteScores();
      one.add(text, gold, quotes);
      total = total.merge(one);
      documents++;
      if (documents % 20 == 0) {
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(
            "evaluate quotes: {}/{} documents ({} docs/s)",
            documents,
            files.size(),
            String.format(Locale.ROOT, "%.1f", documents / seconds));
      }
    }
    String name = DataSetNames.of(dir);
    long n = total.goldDirect() + total.goldIndirect();
    return List.of(
        String.format(
            Locale.ROOT,
            "documents %d, gold attributions with a source %d (direct %d, indirect %d), predicted"
                + " quotations %d",
            documents,
            n,
            total.goldDirect(),
            total.goldIndirect(),
            total.predictedQuotes()),
        String.format(
            Locale.ROOT,
            "content words: precision %.3f, recall %.3f, F1 %.3f",
            total.contentPrecision(),
            total.contentRecall(),
            total.contentF1()),
        String.format(
            Locale.ROOT,
            "speaker accuracy: direct %.3f (%d of %d gold found), indirect %.3f (%d of %d found)",
            total.speakerAccuracyDirect(),
            total.matchedDirect(),
            total.goldDirect(),
            total.speakerAccuracyIndirect(),
            total.matchedIndirect(),
            total.goldIndirect()),
        String.format(
            Locale.ROOT,
            "quotes %s n=%d content_f1=%.3f speaker_acc_direct=%.3f speaker_acc_indirect=%.3f",
            name,
            n,
            total.contentF1(),
            total.speakerAccuracyDirect(),
            total.speakerAccuracyIndirect()));
  }

  static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
