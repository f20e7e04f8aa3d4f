package io.parallax.evaluate;

import io.parallax.annotate.Quote;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote extraction scored against gold attributions, mergeable over documents.
 *
 * <p>Content: word-level precision and recall (PolNeAR labels every token once, so an attribution
 * set is a tag sequence): a word is predicted content when it lies in any predicted quotation, gold
 * when it lies in any annotated content span; punctuation and quote marks are not words.
 *
 * <p>Speaker: each gold attribution with an annotated source is matched to the predicted quotation
 * sharing most content words with it; the speaker is right when the words the prediction names as
 * speaker overlap the annotated source, or when its canonical actor's name is in the source ("Mr.
 * Trump" for `person:trump`). Accuracy is over matched attributions, direct and indirect apart;
 * unattributed predictions count as wrong.
 */
public final class QuoteScores {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private long predictedWords;
  private long goldWords;
  private long overlapWords;
  private final long[] gold = new long[2];
  private final long[] matched = new long[2];
  private final long[] speakerRight = new long[2];
  private long predictedQuotes;

  /** Adds one document: its text, gold attributions and predicted quotations. */
  public void add(String text, List<GoldAttribution> attributions, List<Quote> quotes) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    boolean[] isGold = new boolean[words.size()];
    boolean[] isPredicted = new boolean[words.size()];
    for (int w = 0; w < words.size(); w++) {
      int begin = words.get(w)[0];
      for (GoldAttribution a : attributions) {
        isGold[w] |= inside(begin, a.content());
      }
      for (Quote q : quotes) {
        isPredicted[w] |= begin >= q.charBegin() && begin < q.charEnd();
      }
      goldWords += isGold[w] ? 1 : 0;
      predictedWords += isPredicted[w] ? 1 : 0;
      overlapWords += isGold[w] && isPredicted[w] ? 1 : 0;
    }
    predictedQuotes += quotes.size();
    for (GoldAttribution a : attributions) {
      if (a.source().isEmpty()) {
        continue;
      }
      int kind = a.direct() ? 0 : 1;
      gold[kind]++;
      Quote best = null;
      int bestOverlap = 0;
      for (Quote q : quotes) {
        int overlap = 0;
        for (int[] word : words) {
          if (inside(word[0], a.content()) && word[0] >= q.charBegin() && word[0] < q.charEnd()) {
            overlap++;
          }
        }
        if (overlap > bestOverlap) {
          best = q;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        matched[kind]++;
        speakerRight[kind] += speakerRight(best, a, text) ? 1 : 0;
      }
    }
  }

  static boolean speakerRight(Quote quote, GoldAttribution gold, String text) {
    if (quote.speakerBegin() >= 0) {
      for (int[] range : gold.source()) {
        if (quote.speakerBegin() < range[1] && range[0] < quote.speakerEnd()) {
          return true;
        }
      }
    }
    if (!quote.attributed()) {
      return false;
    }
    String id = quote.speakerActorId();
    String name = id.substring(id.indexOf(':') + 1).replaceAll("\\|.*$", "");
    StringBuilder source = new StringBuilder();
    for (int[] range : gold.source()) {
      source.append(' ').append(text, range[0], Math.min(range[1], text.length()));
    }
    return (" " + fold(source.toString()) + " ").contains(" " + name + " ");
  }

  private static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean inside(int offset, List<int[]> ranges) {
    for (int[] range : ranges) {
      if (offset >= range[0] && offset < range[1]) {
        return true;
      }
    }
    return false;
  }

  public QuoteScores merge(QuoteScores other) {
    QuoteScores sum = new QuoteScores();
    sum.predictedWords = predictedWords + other.predictedWords;
    sum.goldWords = goldWords + other.goldWords;
    sum.overlapWords = overlapWords + other.overlapWords;
    sum.predictedQuotes = predictedQuotes + other.predictedQuotes;
    for (int k = 0; k < 2; k++) {
      sum.gold[k] = gold[k] + other.gold[k];
      sum.matched[k] = matched[k] + other.matched[k];
      sum.speakerRight[k] = speakerRight[k] + other.speakerRight[k];
    }
    return sum;
  }

  public double contentPrecision() {
    return ratio(overlapWords, predictedWords);
  }

  public double contentRecall() {
    return ratio(overlapWords, goldWords);
  }

  public double contentF1() {
    double p = contentPrecision();
    double r = contentRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double speakerAccuracyDirect() {
    return ratio(speakerRight[0], matched[0]);
  }

  public double speakerAccuracyIndirect() {
    return ratio(speakerRight[1], matched[1]);
  }

  public long goldDirect() {
    return gold[0];
  }

  public long goldIndirect() {
    return gold[1];
  }

  public long matchedDirect() {
    return matched[0];
  }

  public long matchedIndirect() {
    return matched[1];
  }

  public long predictedQuotes() {
    return predictedQuotes;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
