package io.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What decides whether another outlet reports a claim (a sentence of one outlet's article): how
 * much of the claim's content the other outlet's closest sentence holds, alone or with the next one
 * (a fact told over two sentences); how much of it the other outlet's whole telling holds,
 * headlines included; whether its numbers and names appear there; how close the outlets that are
 * neither come; and where the claim stands in its own article (a lead fact is seldom left out, a
 * late detail often: its relative place, since articles' lengths differ from one feed to the next).
 * Each feature is a number an {@link OmissionModel} weighs; {@link #NAMES} are the model file's.
 *
 * <p>Content words are lower-cased, stop words and one-letter words left out, and a possessive or
 * plural ending taken off ("troops" and "troop" are one word).
 */
public final class ClaimFeatures {
  /** The features in the model's order. */
  public static final List<String> NAMES =
      List.of(
          "closest_sentence_containment",
          "closest_two_sentences_containment",
          "telling_containment",
          "numbers_found",
          "has_number",
          "names_found",
          "claim_words_log",
          "has_quote",
          "position_in_article",
          "in_lead",
          "own_headline_containment",
          "third_outlets_closest_containment",
          "closest_sentence_weighted_containment",
          "telling_weighted_containment");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*|\\d[\\d,.]*");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
  private static final int LEAD_SENTENCES = 3;

  /**
   * One claim's features against one other outlet, with that outlet's closest text (an index into
   * its texts, -1 when it has none) and the share of the claim's words that text holds.
   */
  public record Scored(double[] values, int closest, double closestContainment) {
    public Map<String, Double> byName() {
      Map<String, Double> named = new LinkedHashMap<>();
      for (int i = 0; i < NAMES.size(); i++) {
        named.put(NAMES.get(i), values[i]);
      }
      return named;
    }
  }

  /**
   * What one outlet tells in the story, as the features read it: its headlines and sentences in
   * reading order, one article after another ({@code article} gives each text's article, so that
   * two sentences read together are of one article), and how many of them are sentences.
   */
  public record Telling(String outlet, List<String> texts, List<String> article, int sentences) {}

  /** Where the claim stands: its index among its article's sentences, of how many. */
  public record Position(int index, int articleSentences, String ownHeadline) {}

  /**
   * The story's tellings read once: every text's content words, every two adjacent texts of one
   * article together, and for each word the texts and pairs that hold it, so that a claim is
   * compared only with the texts that share a word with it (a story of hundreds of articles stays
   * tractable).
   */
  public static final class StoryIndex {
    private final List<Telling> tellings;
    private final Set<String> stopWords;
    private final List<List<Set<String>>> words = new ArrayList<>();
    private final List<Set<String>> allWords = new ArrayList<>();
    private final List<String> allText = new ArrayList<>();
    private final Map<String, List<int[]>> textPostings = new HashMap<>();
    private final Map<String, List<int[]>> pairPostings = new HashMap<>();

    /** In how many of the story's texts each word is: a word every outlet uses weighs little. */
    private final Map<String, Integer> textsWith = new HashMap<>();

    private int textCount;

    public StoryIndex(List<Telling> tellings, Set<String> stopWords) {
      this.tellings = List.copyOf(tellings);
      this.stopWords = Set.copyOf(stopWords);
      for (int t = 0; t < tellings.size(); t++) {
        Telling telling = tellings.get(t);
        List<Set<String>> texts = new ArrayList<>();
        Set<String> all = new HashSet<>();
        for (int i = 0; i < telling.texts().size(); i++) {
          Set<String> w = contentWords(telling.texts().get(i), stopWords);
          texts.add(w);
          all.addAll(w);
          for (String word : w) {
            textPostings.computeIfAbsent(word, k -> new ArrayList<>()).add(new int[] {t, i});
            textsWith.merge(word, 1, Integer::sum);
          }
          textCount++;
        }
        for (int i = 0; i + 1 < texts.size(); i++) {
          Set<String> two = new HashSet<>();
          if (telling.article().get(i).equals(telling.article().get(i + 1))) {
            two.addAll(texts.get(i));
            two.addAll(texts.get(i + 1));
          }
          for (String word : two) {
            pairPostings.computeIfAbsent(word, k -> new ArrayList<>()).add(new int[] {t, i});
          }
        }
        words.add(texts);
        allWords.add(all);
        allText.add(String.join(" ", telling.texts()));
      }
    }

    public List<Telling> tellings() {
      return tellings;
    }

    /**
     * The claim's features against every other telling, by telling index ({@code teller}'s own
     * entry is null).
     */
    public Scored[] score(int teller, String claim, Position position) {
      Set<String> claimWords = contentWords(claim, stopWords);
      int n = tellings.size();
      double[] best = new double[n];
      int[] closest = new int[n];
      double[] bestTwo = new double[n];
      java.util.Arrays.fill(closest, -1);
      if (!claimWords.isEmpty()) {
        Map<Long, Integer> textHits = new HashMap<>();
        Map<Long, Integer> pairHits = new HashMap<>();
        for (String word : claimWords) {
          for (int[] at : textPostings.getOrDefault(word, List.of())) {
            textHits.merge(((long) at[0] << 32) | at[1], 1, Integer::sum);
          }
          for (int[] at : pairPostings.getOrDefault(word, List.of())) {
            pairHits.merge(((long) at[0] << 32) | at[1], 1, Integer::sum);
          }
        }
        for (Map.Entry<Long, Integer> hit : textHits.entrySet()) {
          int t = (int) (hit.getKey() >>> 32);
          int i = (int) (long) hit.getKey();
          double c = hit.getValue() / (double) claimWords.size();
          if (c > best[t] || c == best[t] && (closest[t] < 0 || i < closest[t])) {
            best[t] = c;
            closest[t] = i;
          }
        }
        for (Map.Entry<Long, Integer> hit : pairHits.entrySet()) {
          int t = (int) (hit.getKey() >>> 32);
          bestTwo[t] = Math.max(bestTwo[t], hit.getValue() / (double) claimWords.size());
        }
      }
      for (int t = 0; t < n; t++) {
        bestTwo[t] = Math.max(bestTwo[t], best[t]);
        if (closest[t] < 0 && !tellings.get(t).texts().isEmpty()) {
          closest[t] = 0;
        }
      }
      // Each claim word weighs its inverse document frequency over the story's texts, so that the
      // words that make the claim its own ("telephone", "Kremlin") count more than the story's
      // ("Russian", "talks").
      Map<String, Double> weight = new HashMap<>();
      double totalWeight = 0;
      for (String word : claimWords) {
        double w = Math.log((textCount + 1.0) / (textsWith.getOrDefault(word, 0) + 1.0)) + 1;
        weight.put(word, w);
        totalWeight += w;
      }
      double[] bestWeighted = new double[n];
      if (totalWeight > 0) {
        Map<Long, Double> weightedHits = new HashMap<>();
        for (String word : claimWords) {
          for (int[] at : textPostings.getOrDefault(word, List.of())) {
            weightedHits.merge(((long) at[0] << 32) | at[1], weight.get(word), Double::sum);
          }
        }
        for (Map.Entry<Long, Double> hit : weightedHits.entrySet()) {
          int t = (int) (hit.getKey() >>> 32);
          bestWeighted[t] = Math.max(bestWeighted[t], hit.getValue() / totalWeight);
        }
      }
      Set<String> numbers = numbers(claim);
      Set<String> names = names(claim, stopWords);
      double ownHeadline =
          position.ownHeadline() == null
              ? 0
              : containment(claimWords, contentWords(position.ownHeadline(), stopWords));
      Scored[] scored = new Scored[n];
      for (int o = 0; o < n; o++) {
        if (o == teller) {
          continue;
        }
        double third = 0;
        for (int t = 0; t < n; t++) {
          if (t != teller && t != o) {
            third = Math.max(third, best[t]);
          }
        }
        String otherText = allText.get(o);
        long numbersFound = numbers.stream().filter(x -> containsNumber(otherText, x)).count();
        long namesFound = names.stream().filter(allWords.get(o)::contains).count();
        double[] values = {
          best[o],
          bestTwo[o],
          containment(claimWords, allWords.get(o)),
          numbers.isEmpty() ? 1 : numbersFound / (double) numbers.size(),
          numbers.isEmpty() ? 0 : 1,
          names.isEmpty() ? 1 : namesFound / (double) names.size(),
          Math.log1p(claimWords.size()),
          claim.contains("\"") || claim.contains("“") ? 1 : 0,
          position.index() / (double) Math.max(1, position.articleSentences()),
          position.index() < LEAD_SENTENCES ? 1 : 0,
          ownHeadline,
          third,
          bestWeighted[o],
          weightedShare(claimWords, weight, totalWeight, allWords.get(o))
        };
        scored[o] = new Scored(values, closest[o], best[o]);
      }
      return scored;
    }
  }

  private ClaimFeatures() {}

  private static double weightedShare(
      Set<String> claim, Map<String, Double> weight, double total, Set<String> text) {
    if (total <= 0) {
      return 0;
    }
    double held = 0;
    for (String word : claim) {
      if (text.contains(word)) {
        held += weight.get(word);
      }
    }
    return held / total;
  }

  /** The share of the claim's words the text holds; 0 for a claim without content words. */
  static double containment(Set<String> claim, Set<String> text) {
    if (claim.isEmpty()) {
      return 0;
    }
    long held = claim.stream().filter(text::contains).count();
    return held / (double) claim.size();
  }

  public static Set<String> contentWords(String text, Set<String> stopWords) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = normal(m.group());
      if (w.length() > 1 && !stopWords.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** Lower case, without a possessive or plural ending and the punctuation around it. */
  static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    w = w.replaceAll("^[',.-]+|[',.-]+$", "");
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static Set<String> numbers(String text) {
    Set<String> numbers = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String n = m.group().replaceAll("[.,]+$", "");
      if (!n.isEmpty()) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  private static boolean containsNumber(String text, String number) {
    return Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d])")
        .matcher(text)
        .find();
  }

  /** Capitalised words after the first: names, mostly. */
  private static Set<String> names(String text, Set<String> stopWords) {
    Set<String> names = new LinkedHashSet<>();
    String[] tokens = text.strip().split("\\s+");
    for (int i = 1; i < tokens.length; i++) {
      String token = tokens[i].replaceAll("^[\"“‘'(]+", "");
      if (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0))) {
        String w = normal(token);
        if (w.length() > 1 && !stopWords.contains(w)) {
          names.add(w);
        }
      }
    }
    return names;
  }
}
