package io.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * An article's TF-IDF vector, unit length, terms sorted: each weighted by (1 + ln tf) × ln((N + 1)
 * / (df + 1)), sublinear term frequency times smoothed inverse document frequency, so that a word
 * every article uses weighs nothing and one only this event's articles use weighs most.
 */
public record TermVector(String[] terms, double[] weights) {

  /** The vector of term counts, given each term's document frequency among {@code documents}. */
  public static TermVector of(
      Map<String, Integer> counts, ToLongFunction<String> documentFrequency, long documents) {
    String[] terms = counts.keySet().toArray(String[]::new);
    Arrays.sort(terms);
    double[] weights = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      long df = Math.max(1, documentFrequency.applyAsLong(terms[i]));
      double idf = Math.log((documents + 1.0) / (df + 1.0));
      weights[i] = (1 + Math.log(counts.get(terms[i]))) * idf;
      norm += weights[i] * weights[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < weights.length && norm > 0; i++) {
      weights[i] /= norm;
    }
    return new TermVector(terms, weights);
  }

  /** Cosine of two unit vectors: the sum over shared terms of their weights' product. */
  public double cosine(TermVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int c = terms[i].compareTo(other.terms[j]);
      if (c == 0) {
        sum += weights[i++] * other.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** The {@code k} terms that weigh most: the keys candidate pairs are blocked on. */
  public List<String> topTerms(int k) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(k, order.length); i++) {
      if (weights[order[i]] > 0) {
        top.add(terms[order[i]]);
      }
    }
    return top;
  }
}
