package io.parallax.align;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an article that tell which event it reports: its title's words, counted twice (a
 * headline names the event), and its lead's, the first {@code leadWords} words of the body (the
 * rest of a long article drifts into background that other events share). Words are lower-cased and
 * stripped of accents; numbers keep their digits only ("100,000" → "100000"), since a count or a
 * date is often the one detail that tells two similar events apart; stop words and one-letter words
 * are dropped. Two kept words in a row also count as a phrase ("red sox", "peter capaldi", "12th
 * doctor"), once per occurrence at the weight of where it stands, without the name weight: a phrase
 * names an event more exactly than its words do ("Red Sox offer Teixeira" and "Angels offer
 * Teixeira" share "offer teixeira" but not "red sox"); on ECB+, where two events of one kind share
 * each topic, phrases lift precision at the same recall.
 */
public final class StoryTerms {
  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?|\\d(?:[\\d,.]*\\d)?");

  /**
   * How many times a name or number counts against another word: "Sichuan", "7.9" and "Tuesday"
   * tell two earthquakes apart where "quake" and "killed" cannot.
   */
  static final int NAME_WEIGHT = 2;

  private StoryTerms() {}

  /** Term counts of title and lead. */
  public static Map<String, Integer> of(
      String title, String body, int leadWords, Set<String> stopWords) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    add(counts, title == null ? "" : title, Integer.MAX_VALUE, 2, stopWords);
    add(counts, body == null ? "" : body, leadWords, 1, stopWords);
    return counts;
  }

  private static void add(
      Map<String, Integer> counts, String text, int maxWords, int weight, Set<String> stopWords) {
    Matcher m = WORD.matcher(text);
    int words = 0;
    String previous = null;
    while (m.find() && words < maxWords) {
      words++;
      String term = normalise(m.group());
      if (term.length() < 2 && !Character.isDigit(term.charAt(0)) || stopWords.contains(term)) {
        previous = null;
        continue;
      }
      boolean specific =
          Character.isDigit(term.charAt(0)) || Character.isUpperCase(m.group().charAt(0));
      counts.merge(term, specific ? weight * NAME_WEIGHT : weight, Integer::sum);
      if (previous != null) {
        counts.merge(previous + ' ' + term, weight, Integer::sum);
      }
      previous = term;
    }
  }

  /** Whether a term is a phrase of two words rather than one word. */
  public static boolean isPhrase(String term) {
    return term.indexOf(' ') >= 0;
  }

  static String normalise(String word) {
    if (Character.isDigit(word.charAt(0))) {
      return word.replace(",", "").replaceAll("\\.(?=\\d{3}\\b)", "");
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.endsWith("'s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
