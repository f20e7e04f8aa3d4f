package io.parallax.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.errors.ParallaxErrors;
import io.parallax.ingest.TextCleaner;
import io.parallax.ingest.WarcArticles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Main text of real article pages against people's reading of them (the article extraction
 * benchmark of Scrapinghub, 2019: `ground-truth.json` and `html/<key>.html.gz`), by that
 * benchmark's measure: per page, the multisets of 4-token shingles (tokens are runs of word
 * characters) of the extracted and the true text give true positives, false positives and false
 * negatives, normalised to sum to one; precision and recall are their means over pages, F1 their
 * harmonic mean. The text scored is what `articles.text` holds: the WARC reader's main text after
 * ingest's cleaning. The trivial baseline is the page's whole visible text. Also counts where each
 * page's date came from.
 */
public final class MainTextEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private MainTextEvaluation() {}

  /** True positives, false positives and false negatives of one page, summing to one (or zero). */
  record Counts(double tp, double fp, double fn) {}

  public static List<String> run(Path data) {
    Path truthFile = data.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw ParallaxErrors.evaluationDataNotFound(
          data.toString(),
          "a folder with ground-truth.json and html/<key>.html.gz (../shared/data/real-feeds/aeb)");
    }
    JsonNode truth;
    try {
      truth = JSON.readTree(truthFile.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Counts> extracted = new ArrayList<>();
    List<Counts> wholePage = new ArrayList<>();
    Map<String, Integer> dateSources = new TreeMap<>();
    int notArticles = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> page = it.next();
      String html = readHtml(data.resolve("html").resolve(page.getKey() + ".html.gz"));
      String url = page.getValue().path("url").asText();
      String expected = page.getValue().path("articleBody").asText("");
      JsonNode record;
      try {
        record = JSON.readTree(WarcArticles.fromHtml(url, html, "2020-01-15T12:00:00Z"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String text = "";
      if (record.has("not_an_article")) {
        notArticles++;
      } else {
        String title = record.path("title").isTextual() ? record.path("title").asText() : null;
        text = new TextCleaner().clean(record.path("text").asText(), title);
        dateSources.merge(record.path("published_at_source").asText(), 1, Integer::sum);
      }
      extracted.add(match(expected, text));
      wholePage.add(match(expected, Jsoup.parse(html).text()));
    }
    double[] ours = scores(extracted);
    double[] baseline = scores(wholePage);
    int articles = extracted.size() - notArticles;
    double crawlShare =
        articles == 0 ? 0 : dateSources.getOrDefault("crawl", 0) / (double) articles;
    List<String> lines = new ArrayList<>();
    lines.add("data: " + truthFile + " (" + extracted.size() + " pages)");
    lines.add(
        String.format(
            Locale.ROOT,
            "pages kept out as not_an_article: %d; date from %s; left with the crawl time: %.3f",
            notArticles,
            dateSources,
            crawlShare));
    lines.add(
        String.format(
            Locale.ROOT,
            "main-text aeb n=%d precision=%.3f recall=%.3f f1=%.3f baseline_f1=%.3f"
                + " baseline_precision=%.3f baseline_recall=%.3f crawl_time_share=%.3f",
            extracted.size(),
            ours[0],
            ours[1],
            ours[2],
            baseline[2],
            baseline[0],
            baseline[1],
            crawlShare));
    return lines;
  }

  /** The benchmark's shingle match of one page. */
  static Counts match(String expected, String predicted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> pred = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<List<String>, Integer> all = new HashMap<>(truth);
    pred.forEach((k, v) -> all.putIfAbsent(k, 0));
    for (List<String> key : all.keySet()) {
      int t = truth.getOrDefault(key, 0);
      int p = pred.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  /** Mean precision (pages with a prediction), mean recall (pages with a truth), their F1. */
  static double[] scores(List<Counts> pages) {
    double precision = 0;
    int precisionPages = 0;
    double recall = 0;
    int recallPages = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        precision += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
        precisionPages++;
      }
      if (c.tp() + c.fn() > 0) {
        recall += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
        recallPages++;
      }
    }
    double p = precisionPages == 0 ? 0 : precision / precisionPages;
    double r = recallPages == 0 ? 0 : recall / recallPages;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String readHtml(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }
}
