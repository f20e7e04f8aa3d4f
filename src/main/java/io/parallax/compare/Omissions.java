package io.parallax.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one outlet of a story leaves out that others report, with their evidence. Four kinds of
 * fact: an actor others mention (by canonical id); a number with its unit ("100,000 troops"); a
 * speaker others quote; and a claim, a sentence of another outlet with no counterpart among this
 * outlet's sentences. A counterpart is a sentence that holds at least {@value #COUNTERPART} of the
 * claim's content words (stop words and one-letter words aside): containment, not symmetric
 * similarity, because a short sentence restated inside a long one is still reported. Facts are
 * ranked by how many outlets report them.
 */
public final class Omissions {
  /** Share of a claim's content words a sentence must hold to count as reporting it. */
  public static final double COUNTERPART = 0.5;

  /** A claim needs this many content words; shorter lines (bylines, datelines) are not claims. */
  static final int MIN_CLAIM_WORDS = 5;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\d[\\d,.]*");

  /** Words after a number that make it a date, not a count: "10 January". */
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s+(\\p{L}{3,})");

  /** One sentence of an outlet's article. */
  public record Sentence(String articleId, int index, String text) {}

  /** One quotation of an outlet's: its speaker's actor id and its words. */
  public record Quotation(String speaker, String text) {}

  /**
   * What one outlet tells in the story: its sentences, every actor it mentions (id to name), those
   * it mentions at least twice (the actor facts others may omit), and its quotations.
   */
  public record OutletTelling(
      String outlet,
      List<Sentence> sentences,
      Map<String, String> actors,
      Set<String> prominentActors,
      List<Quotation> quotes) {}

  /** One fact an outlet omits. */
  public record Omission(
      String outlet, String kind, String fact, List<String> reportedBy, List<String> evidence) {}

  private Omissions() {}

  public static List<Omission> of(List<OutletTelling> tellings, Set<String> stopWords) {
    List<Omission> omissions = new ArrayList<>();
    omissions.addAll(actors(tellings));
    omissions.addAll(numbers(tellings));
    omissions.addAll(speakers(tellings));
    omissions.addAll(claims(tellings, stopWords));
    omissions.sort(
        (a, b) ->
            a.reportedBy().size() != b.reportedBy().size()
                ? b.reportedBy().size() - a.reportedBy().size()
                : a.outlet().equals(b.outlet())
                    ? a.kind().compareTo(b.kind())
                    : a.outlet().compareTo(b.outlet()));
    return omissions;
  }

  private static List<Omission> actors(List<OutletTelling> tellings) {
    List<Omission> out = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    tellings.forEach(
        t -> t.prominentActors().forEach(id -> names.putIfAbsent(id, t.actors().get(id))));
    for (Map.Entry<String, String> actor : names.entrySet()) {
      List<String> reporters = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      for (OutletTelling t : tellings) {
        if (t.actors().containsKey(actor.getKey())) {
          reporters.add(t.outlet());
          t.sentences().stream()
              .map(Sentence::text)
              .filter(s -> s.contains(surname(actor.getValue())))
              .findFirst()
              .ifPresent(evidence::add);
        }
      }
      for (OutletTelling t : tellings) {
        if (!t.actors().containsKey(actor.getKey())) {
          out.add(new Omission(t.outlet(), "actor", actor.getValue(), reporters, evidence));
        }
      }
    }
    return out;
  }

  private static List<Omission> numbers(List<OutletTelling> tellings) {
    Map<String, Map<String, String>> byNumber =
        new LinkedHashMap<>(); // number -> outlet -> sentence
    Map<String, String> shownAs = new LinkedHashMap<>();
    Map<String, Set<String>> numbersOf = new LinkedHashMap<>();
    for (OutletTelling t : tellings) {
      Set<String> numbers = new LinkedHashSet<>();
      for (Sentence s : t.sentences()) {
        Matcher m = NUMBER_WITH_UNIT.matcher(s.text());
        while (m.find()) {
          if (MONTHS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            continue;
          }
          String number = m.group(1).replace(",", "");
          numbers.add(number);
          shownAs.putIfAbsent(number, m.group(1) + " " + m.group(2));
          byNumber
              .computeIfAbsent(number, n -> new LinkedHashMap<>())
              .putIfAbsent(t.outlet(), s.text());
        }
        // A number written without a unit after it still counts as reported.
        Matcher bare = WORD.matcher(s.text());
        while (bare.find()) {
          if (Character.isDigit(bare.group().charAt(0))) {
            numbers.add(bare.group().replace(",", "").replaceAll("\\.$", ""));
          }
        }
      }
      numbersOf.put(t.outlet(), numbers);
    }
    List<Omission> out = new ArrayList<>();
    byNumber.forEach(
        (number, reporters) -> {
          for (OutletTelling t : tellings) {
            if (!numbersOf.get(t.outlet()).contains(number)) {
              out.add(
                  new Omission(
                      t.outlet(),
                      "number",
                      shownAs.get(number),
                      List.copyOf(reporters.keySet()),
                      List.copyOf(new LinkedHashSet<>(reporters.values()))));
            }
          }
        });
    return out;
  }

  private static List<Omission> speakers(List<OutletTelling> tellings) {
    Map<String, Map<String, String>> bySpeaker =
        new LinkedHashMap<>(); // speaker -> outlet -> quote
    for (OutletTelling t : tellings) {
      for (Quotation q : t.quotes()) {
        if (!q.speaker().equals(QuoteShares.UNATTRIBUTED)) {
          bySpeaker
              .computeIfAbsent(q.speaker(), s -> new LinkedHashMap<>())
              .putIfAbsent(t.outlet(), q.text());
        }
      }
    }
    List<Omission> out = new ArrayList<>();
    bySpeaker.forEach(
        (speaker, reporters) -> {
          for (OutletTelling t : tellings) {
            if (!reporters.containsKey(t.outlet())) {
              out.add(
                  new Omission(
                      t.outlet(),
                      "quote",
                      speaker,
                      List.copyOf(reporters.keySet()),
                      List.copyOf(reporters.values())));
            }
          }
        });
    return out;
  }

  /**
   * Each claim is reported by its outlet and by every outlet holding a counterpart; it is listed
   * once, from the first of those outlets by name, for each outlet that holds none.
   */
  private static List<Omission> claims(List<OutletTelling> tellings, Set<String> stopWords) {
    Map<String, List<Set<String>>> wordsOf = new LinkedHashMap<>();
    for (OutletTelling t : tellings) {
      List<Set<String>> sentences = new ArrayList<>();
      t.sentences().forEach(s -> sentences.add(contentWords(s.text(), stopWords)));
      wordsOf.put(t.outlet(), sentences);
    }
    List<Omission> out = new ArrayList<>();
    for (OutletTelling teller : tellings) {
      List<Set<String>> own = wordsOf.get(teller.outlet());
      for (int i = 0; i < teller.sentences().size(); i++) {
        Set<String> claim = own.get(i);
        if (claim.size() < MIN_CLAIM_WORDS) {
          continue;
        }
        TreeSet<String> reporters = new TreeSet<>();
        reporters.add(teller.outlet());
        List<String> omitting = new ArrayList<>();
        for (OutletTelling other : tellings) {
          if (other == teller) {
            continue;
          }
          boolean counterpart =
              wordsOf.get(other.outlet()).stream().anyMatch(s -> contains(s, claim));
          if (counterpart) {
            reporters.add(other.outlet());
          } else {
            omitting.add(other.outlet());
          }
        }
        if (!reporters.first().equals(teller.outlet())) {
          continue; // listed from the first reporter
        }
        for (String outlet : omitting) {
          String text = teller.sentences().get(i).text();
          out.add(new Omission(outlet, "claim", text, List.copyOf(reporters), List.of(text)));
        }
      }
    }
    return out;
  }

  private static boolean contains(Set<String> sentence, Set<String> claim) {
    long held = claim.stream().filter(sentence::contains).count();
    return held >= COUNTERPART * claim.size();
  }

  static Set<String> contentWords(String text, Set<String> stopWords) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w =
          Normalizer.normalize(m.group().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
              .replaceAll("\\p{M}+", "")
              .replace('’', '\'')
              .replaceAll("'s$", "")
              .replace(",", "");
      if (w.length() > 1 && !stopWords.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  private static String surname(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }
}
