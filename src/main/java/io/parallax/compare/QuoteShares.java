package io.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who an outlet quotes and how much: each speaker's share of all the words it quotes (direct and
 * indirect), and the leading speaker, the one with most words (ties: most quotations, then id).
 * `unattributed` counts in the total but never leads. Mergeable, so per-article tallies add up to
 * an outlet's.
 */
public final class QuoteShares {
  public static final String UNATTRIBUTED = "unattributed";

  private final Map<String, long[]> bySpeaker = new LinkedHashMap<>(); // words, quotations

  /** One quotation of the speaker's. */
  public QuoteShares add(String speaker, long words) {
    return add(speaker, words, 1);
  }

  /** Several quotations of the speaker's, with their words in all. */
  public QuoteShares add(String speaker, long words, long quotations) {
    long[] tally = bySpeaker.computeIfAbsent(speaker, s -> new long[2]);
    tally[0] += words;
    tally[1] += quotations;
    return this;
  }

  public QuoteShares merge(QuoteShares other) {
    other.bySpeaker.forEach(
        (speaker, tally) -> {
          long[] mine = bySpeaker.computeIfAbsent(speaker, s -> new long[2]);
          mine[0] += tally[0];
          mine[1] += tally[1];
        });
    return this;
  }

  public long quotedWords() {
    return bySpeaker.values().stream().mapToLong(t -> t[0]).sum();
  }

  /** Each speaker's share of the quoted words, largest first. */
  public Map<String, Double> shares() {
    long total = quotedWords();
    List<Map.Entry<String, long[]>> ordered = new ArrayList<>(bySpeaker.entrySet());
    ordered.sort(QuoteShares::leaderFirst);
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : ordered) {
      shares.put(e.getKey(), total == 0 ? 0.0 : (double) e.getValue()[0] / total);
    }
    return shares;
  }

  /** The speaker quoted most, or null when only unattributed words (or none) are quoted. */
  public String leader() {
    return bySpeaker.entrySet().stream()
        .filter(e -> !e.getKey().equals(UNATTRIBUTED))
        .sorted(QuoteShares::leaderFirst)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  private static int leaderFirst(Map.Entry<String, long[]> a, Map.Entry<String, long[]> b) {
    int byWords = Long.compare(b.getValue()[0], a.getValue()[0]);
    if (byWords != 0) {
      return byWords;
    }
    int byQuotes = Long.compare(b.getValue()[1], a.getValue()[1]);
    return byQuotes != 0 ? byQuotes : a.getKey().compareTo(b.getKey());
  }
}
