package io.parallax.compare;

import io.parallax.annotate.SentenceEmbeddings;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one outlet of a story leaves out that others report, with their evidence. Four kinds of
 * fact: an actor others mention (by canonical id; an outlet naming itself mentions no actor, see
 * {@link #namesOutlet}); a number with its unit ("100,000 troops"); a speaker others quote; and a
 * claim, a sentence of another outlet with no counterpart among this outlet's sentences. A
 * counterpart is a sentence that holds at least {@value #COUNTERPART} of the claim's content words
 * (stop words and one-letter words aside): containment, not symmetric similarity, because a short
 * sentence restated inside a long one is still reported. Facts are ranked by how many outlets
 * report them.
 */
public final class Omissions {
  /** Share of a claim's content words a sentence must hold to count as reporting it. */
  public static final double COUNTERPART = 0.5;

  /**
   * With sentence embeddings ({@code compare.claims.embeddings}), a sentence this close (cosine) to
   * a claim is also its counterpart, whatever its words: the claim restated in other words.
   */
  public static final double COUNTERPART_COSINE = 0.7;

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

  /** Abbreviated month names: "Sept. 30" is a date too. */
  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");

  /** How far back {@link #afterMonth} looks: the longest month, "September.", and a space. */
  private static final int MONTH_REACH = "September. ".length() + 1;

  private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");

  private static final Pattern NOT_IN_A_NAME = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  /**
   * A count and the word after it. Not the second half of "24/7", "COVID-19", "a 19–0 vote" or
   * "16:00 GMT": a number right after a slash, a hyphen, a dash or a colon is part of a name, a
   * ratio, a score or a time, not a count.
   */
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile(
          "(?<![\\w.,/:\u2013\u2014-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s+(\\p{L}{3,})");

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
      List<Quotation> quotes,
      Map<String, String> headlines) {
    /** A telling without headlines. */
    public OutletTelling(
        String outlet,
        List<Sentence> sentences,
        Map<String, String> actors,
        Set<String> prominentActors,
        List<Quotation> quotes) {
      this(outlet, sentences, actors, prominentActors, quotes, Map.of());
    }
  }

  /**
   * One fact an outlet omits. A claim carries the model's {@code confidence} that the outlet leaves
   * it out, and the outlet's closest text (a sentence or headline) with the share of the claim's
   * content words it holds; the other kinds are rules, with none of the three.
   */
  public record Omission(
      String outlet,
      String kind,
      String fact,
      List<String> reportedBy,
      List<String> evidence,
      Double confidence,
      String closestText,
      Double closestScore) {
    public Omission(
        String outlet, String kind, String fact, List<String> reportedBy, List<String> evidence) {
      this(outlet, kind, fact, reportedBy, evidence, null, null, null);
    }
  }

  /**
   * A story's omissions, and what was judged but not written: claim × outlet pairs under the
   * confidence bound (the outlet likely reports the claim), and omissions cut by the per-outlet
   * cap.
   */
  public record Judged(List<Omission> omissions, long underConfidence, long overCap) {}

  private Omissions() {}

  /**
   * Bounds on one story's work, so one huge event (thousands of articles) stays a bounded task: at
   * most {@code perOutlet} omissions per outlet, those reported by the most outlets (first found
   * first among equals); and claims, which compare every sentence with every other outlet's, only
   * in stories of at most {@code claimsMaxArticles} articles (actors, numbers and speakers always).
   */
  public record Limits(int perOutlet, int claimsMaxArticles, double minClaimConfidence)
      implements java.io.Serializable {
    /**
     * The confidence a claim row needs: chosen on the hand labels, by-event cross-validated, for
     * recall of about 0.6 (`parallax evaluate omission-pairs`).
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.55;

    /** No bounds: for evaluations, whose stories are small. */
    public static final Limits NONE =
        new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, DEFAULT_MIN_CONFIDENCE);

    public Limits {
      if (perOutlet < 1 || claimsMaxArticles < 1) {
        throw new IllegalArgumentException(
            "limits must be 1 or more: " + perOutlet + ", " + claimsMaxArticles);
      }
      if (!(minClaimConfidence >= 0 && minClaimConfidence <= 1)) {
        throw new IllegalArgumentException("a confidence is from 0 to 1: " + minClaimConfidence);
      }
    }

    /** Bounds with the default claim confidence. */
    public Limits(int perOutlet, int claimsMaxArticles) {
      this(perOutlet, claimsMaxArticles, DEFAULT_MIN_CONFIDENCE);
    }
  }

  /** Every omission of a story, ranked; for evaluations, where stories are small. */
  public static List<Omission> of(List<OutletTelling> tellings, Set<String> stopWords) {
    return of(tellings, stopWords, Limits.NONE);
  }

  /** A story's omissions within {@code limits}, ranked by how many outlets report each fact. */
  public static List<Omission> of(
      List<OutletTelling> tellings, Set<String> stopWords, Limits limits) {
    return of(tellings, stopWords, limits, null);
  }

  /**
   * As {@link #of(List, Set, Limits)}; with an {@code encoder} (texts to unit-length sentence
   * embeddings, in order), a claim's counterpart may also be a sentence within {@link
   * #COUNTERPART_COSINE} of it. Null: content words alone.
   */
  public static List<Omission> of(
      List<OutletTelling> tellings,
      Set<String> stopWords,
      Limits limits,
      Function<List<String>, float[][]> encoder) {
    return judge(tellings, stopWords, limits, encoder, OmissionModel.shipped()).omissions();
  }

  /**
   * As {@link #of(List, Set, Limits, Function)}, claims judged by {@code model}, with the counts of
   * what was judged and not written.
   */
  public static Judged judge(
      List<OutletTelling> tellings,
      Set<String> stopWords,
      Limits limits,
      Function<List<String>, float[][]> encoder,
      OmissionModel model) {
    TopPerOutlet kept = new TopPerOutlet(limits.perOutlet());
    actors(tellings).forEach(kept::add);
    numbers(tellings, stopWords).forEach(kept::add);
    speakers(tellings, stopWords).forEach(kept::add);
    long underConfidence = 0;
    if (articles(tellings) <= limits.claimsMaxArticles()) {
      underConfidence = claims(tellings, stopWords, kept, encoder, model, limits);
    }
    List<Omission> omissions = kept.inFoundOrder();
    omissions.sort(
        (a, b) ->
            a.reportedBy().size() != b.reportedBy().size()
                ? b.reportedBy().size() - a.reportedBy().size()
                : a.outlet().equals(b.outlet())
                    ? a.kind().compareTo(b.kind())
                    : a.outlet().compareTo(b.outlet()));
    return new Judged(omissions, underConfidence, kept.cut);
  }

  /** How many articles a story's tellings hold. */
  public static long articles(List<OutletTelling> tellings) {
    return tellings.stream()
        .flatMap(t -> t.sentences().stream())
        .map(Sentence::articleId)
        .distinct()
        .count();
  }

  /** Each outlet's {@code limit} omissions reported by the most outlets, first found first. */
  private static final class TopPerOutlet {
    private record Found(Omission omission, long order) {}

    private static final Comparator<Found> WORST_FIRST =
        Comparator.comparingInt((Found f) -> f.omission().reportedBy().size())
            .thenComparing(Found::order, Comparator.reverseOrder());

    private final int limit;
    private final Map<String, PriorityQueue<Found>> byOutlet = new HashMap<>();
    private long found;

    /** Omissions found and not kept: the cap cut them, or would have (see {@link #wouldKeep}). */
    long cut;

    TopPerOutlet(int limit) {
      this.limit = limit;
    }

    /** Whether an omission reported by this many outlets would be kept for the outlet now. */
    boolean wouldKeep(String outlet, int reporters) {
      PriorityQueue<Found> kept = byOutlet.get(outlet);
      return kept == null
          || kept.size() < limit
          || kept.peek().omission().reportedBy().size() < reporters;
    }

    void add(Omission omission) {
      PriorityQueue<Found> kept =
          byOutlet.computeIfAbsent(omission.outlet(), o -> new PriorityQueue<>(WORST_FIRST));
      kept.add(new Found(omission, found++));
      if (kept.size() > limit) {
        kept.poll();
        cut++;
      }
    }

    List<Omission> inFoundOrder() {
      return byOutlet.values().stream()
          .flatMap(PriorityQueue::stream)
          .sorted(Comparator.comparingLong(Found::order))
          .map(Found::omission)
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  private static List<Omission> actors(List<OutletTelling> tellings) {
    List<Omission> out = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (OutletTelling t : tellings) {
      for (String id : t.prominentActors()) {
        if (!namesOutlet(t.actors().get(id), t.outlet())) {
          names.putIfAbsent(id, t.actors().get(id));
        }
      }
    }
    for (Map.Entry<String, String> actor : names.entrySet()) {
      List<String> reporters = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      for (OutletTelling t : tellings) {
        if (t.actors().containsKey(actor.getKey()) && !namesOutlet(actor.getValue(), t.outlet())) {
          reporters.add(t.outlet());
          t.sentences().stream()
              .map(Sentence::text)
              .filter(s -> s.contains(surname(actor.getValue())))
              .findFirst()
              .ifPresent(evidence::add);
        }
      }
      Pattern name = asWord(actor.getValue());
      for (OutletTelling t : tellings) {
        if (!t.actors().containsKey(actor.getKey()) && !writes(t, name)) {
          out.add(new Omission(t.outlet(), "actor", actor.getValue(), reporters, evidence));
        }
      }
    }
    return out;
  }

  /**
   * Whether the outlet writes the actor's name in a sentence, whatever actor its own mentions were
   * resolved to: "talks between Moscow and Washington" names Moscow even where the resolver took
   * Moscow for Russia's government there and for the city in another outlet.
   */
  static boolean writesName(OutletTelling telling, String name) {
    return writes(telling, asWord(name));
  }

  private static boolean writes(OutletTelling telling, Pattern name) {
    return name != null
        && (telling.sentences().stream().anyMatch(s -> name.matcher(s.text()).find())
            || telling.headlines().values().stream().anyMatch(h -> name.matcher(h).find()));
  }

  /** What an outlet writes: its headlines and its sentences. */
  private static List<String> written(OutletTelling telling) {
    List<String> texts = new ArrayList<>(telling.headlines().values());
    telling.sentences().forEach(s -> texts.add(s.text()));
    return texts;
  }

  /**
   * A word before a number that makes it a label, not a count: "S.B. 8 went into effect", "No. 10",
   * "Section 230 protections", "Route 66 diner".
   */
  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:no|nos|sb|hb|ab|hr|section|sec|article|art|bill|chapter|ch|title|rule|route"
              + "|highway|interstate|proposition|prop|amendment|flight|room|page|gate|platform"
              + "|precinct|district|ward|unit|apartment|apt|suite|case|resolution|measure|item"
              + "|phase|episode|season|volume|vol|model|version|iphone|windows|level|grade|class"
              + "|game|round|week|day|part)\\.?|(?-i:\\p{Lu}\\.(?:\\p{Lu}\\.)+))\\s+$");

  static boolean afterLabel(String text, int start) {
    return LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
  }

  /** The name as a whole word or words; null for none. */
  private static Pattern asWord(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
  }

  /** Words an outlet's name may add to the name it calls itself by ("BBC News", "CNN Business"). */
  private static final Set<String> OUTLET_NAME_SUFFIXES =
      Set.of("news", "business", "online", "tv", "digital", "network");

  /**
   * Whether an actor's name is the outlet's own: an outlet citing itself ("Al Mayadeen's
   * correspondent reports", "told the BBC") reports no fact of the story, so the others do not omit
   * it. Compared on letters and digits, case aside; a leading "the" and one trailing word of {@link
   * #OUTLET_NAME_SUFFIXES} are not part of the name.
   */
  static boolean namesOutlet(String actorName, String outlet) {
    if (actorName == null) {
      return false;
    }
    String actor = outletName(actorName);
    String own = outletName(outlet);
    if (actor.isEmpty()) {
      return false;
    }
    if (actor.equals(own)) {
      return true;
    }
    int lastSpace = own.lastIndexOf(' ');
    return lastSpace > 0
        && OUTLET_NAME_SUFFIXES.contains(own.substring(lastSpace + 1))
        && actor.equals(own.substring(0, lastSpace));
  }

  private static String outletName(String name) {
    String words = NOT_IN_A_NAME.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return words.startsWith("the ") ? words.substring(4) : words;
  }

  private static List<Omission> numbers(List<OutletTelling> tellings, Set<String> stopWords) {
    Map<String, Map<String, String>> byNumber =
        new LinkedHashMap<>(); // number -> outlet -> sentence
    Map<String, String> shownAs = new LinkedHashMap<>();
    Map<String, Set<String>> numbersOf = new LinkedHashMap<>();
    for (OutletTelling t : tellings) {
      Set<String> numbers = new LinkedHashSet<>();
      for (Sentence s : t.sentences()) {
        Matcher m = NUMBER_WITH_UNIT.matcher(s.text());
        while (m.find()) {
          String unit = m.group(2).toLowerCase(Locale.ROOT);
          if (MONTHS.contains(unit)
              || stopWords.contains(unit)
              || isYear(m.group(1))
              || afterMonth(s.text(), m.start(1))
              || afterLabel(s.text(), m.start(1))) {
            // a date ("10 January", "Sept. 30 deadline"), a year ("2021 growth forecast"), or no
            // unit ("aged 12 and up"): the number alone, below
            continue;
          }
          String number = m.group(1).replace(",", "");
          numbers.add(number);
          shownAs.putIfAbsent(number, m.group(1) + " " + m.group(2));
          byNumber
              .computeIfAbsent(number, n -> new LinkedHashMap<>())
              .putIfAbsent(t.outlet(), s.text());
        }
      }
      // A number written anywhere, headline included, without a unit after it still counts as
      // reported.
      for (String text : written(t)) {
        Matcher bare = WORD.matcher(text);
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

  /** Whether the word right before {@code start} names a month: "Sept. 30", "October 5". */
  static boolean afterMonth(String text, int start) {
    Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - MONTH_REACH), start));
    if (!before.find()) {
      return false;
    }
    String word = before.group(1).toLowerCase(Locale.ROOT);
    return MONTHS.contains(word) || MONTH_ABBREVIATIONS.contains(word);
  }

  /** A year, not a count: four digits from 1800 to 2099, written without a thousands comma. */
  static boolean isYear(String number) {
    return YEAR.matcher(number).matches();
  }

  /**
   * Whether an outlet writes the quoted words (half or more of a quotation's content words, three
   * or more, in one of its headlines or sentences, {@code texts} as content words), attributed or
   * not: it reports what was said.
   */
  private static boolean writesQuotedWords(
      List<Set<String>> texts, java.util.Collection<String> quotations, Set<String> stopWords) {
    for (String quotation : quotations) {
      Set<String> quoted = contentWords(quotation, stopWords);
      if (quoted.size() < 3) {
        continue;
      }
      for (Set<String> text : texts) {
        if (quoted.stream().filter(text::contains).count() * 2 >= quoted.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Omission> speakers(List<OutletTelling> tellings, Set<String> stopWords) {
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
    // Each outlet's headlines and sentences as content words, read once for all speakers.
    Map<String, List<Set<String>>> wordsOf = new HashMap<>();
    if (!bySpeaker.isEmpty()) {
      for (OutletTelling t : tellings) {
        wordsOf.put(
            t.outlet(), written(t).stream().map(text -> contentWords(text, stopWords)).toList());
      }
    }
    List<Omission> out = new ArrayList<>();
    bySpeaker.forEach(
        (speaker, reporters) -> {
          for (OutletTelling t : tellings) {
            if (!reporters.containsKey(t.outlet())
                && !writesQuotedWords(wordsOf.get(t.outlet()), reporters.values(), stopWords)) {
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
   * Claims: each sentence of {@link #MIN_CLAIM_WORDS} content words or more, judged against every
   * other outlet's headlines and sentences by the omission model ({@link ClaimFeatures}, {@link
   * OmissionModel}); an outlet leaves the claim out when the model is at least {@code
   * limits.minClaimConfidence()} sure of it. With an {@code encoder}, a sentence of the other
   * outlet within {@link #COUNTERPART_COSINE} of the claim still reports it. Each claim is reported
   * by its outlet and every outlet that does not leave it out; it is listed once, from the first of
   * those by name, for each outlet that does. Returns how many claim × outlet pairs fell under the
   * bound.
   */
  private static long claims(
      List<OutletTelling> tellings,
      Set<String> stopWords,
      TopPerOutlet kept,
      Function<List<String>, float[][]> encoder,
      OmissionModel model,
      Limits limits) {
    List<ClaimFeatures.Telling> read = new ArrayList<>();
    for (OutletTelling t : tellings) {
      read.add(featureTelling(t));
    }
    ClaimFeatures.StoryIndex index = new ClaimFeatures.StoryIndex(read, stopWords);
    Map<String, float[][]> vectorsOf = encoder == null ? null : embeddings(tellings, encoder);
    long underConfidence = 0;
    for (int t = 0; t < tellings.size(); t++) {
      OutletTelling teller = tellings.get(t);
      Map<String, Integer> articleSentences = new HashMap<>();
      teller.sentences().forEach(x -> articleSentences.merge(x.articleId(), 1, Integer::sum));
      Map<String, Integer> seenInArticle = new HashMap<>();
      for (int i = 0; i < teller.sentences().size(); i++) {
        Sentence sentence = teller.sentences().get(i);
        int ordinal = seenInArticle.merge(sentence.articleId(), 1, Integer::sum) - 1;
        if (contentWords(sentence.text(), stopWords).size() < MIN_CLAIM_WORDS) {
          continue;
        }
        ClaimFeatures.Scored[] scored =
            index.score(
                t,
                sentence.text(),
                new ClaimFeatures.Position(
                    ordinal,
                    articleSentences.get(sentence.articleId()),
                    teller.headlines().get(sentence.articleId())));
        TreeSet<String> reporters = new TreeSet<>();
        reporters.add(teller.outlet());
        Map<String, Integer> omitting = new LinkedHashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        for (int o = 0; o < tellings.size(); o++) {
          if (o == t) {
            continue;
          }
          String other = tellings.get(o).outlet();
          double c = model.confidence(scored[o]);
          boolean restated =
              vectorsOf != null
                  && closest(vectorsOf.get(teller.outlet())[i], vectorsOf.get(other))
                      >= COUNTERPART_COSINE;
          if (c >= limits.minClaimConfidence() && !restated) {
            omitting.put(other, o);
            confidence.put(other, c);
          } else {
            reporters.add(other);
            underConfidence++;
          }
        }
        if (!reporters.first().equals(teller.outlet())) {
          continue; // listed from the first reporter
        }
        List<String> reportedBy = List.copyOf(reporters);
        for (Map.Entry<String, Integer> other : omitting.entrySet()) {
          ClaimFeatures.Scored judged = scored[other.getValue()];
          List<String> texts = read.get(other.getValue()).texts();
          if (kept.wouldKeep(other.getKey(), reportedBy.size())) {
            kept.add(
                new Omission(
                    other.getKey(),
                    "claim",
                    sentence.text(),
                    reportedBy,
                    List.of(sentence.text()),
                    confidence.get(other.getKey()),
                    judged.closest() < 0 ? null : texts.get(judged.closest()),
                    judged.closestContainment()));
          } else {
            kept.cut++;
          }
        }
      }
    }
    return underConfidence;
  }

  /** An outlet as the claim features read it: each article's headline, then its sentences. */
  static ClaimFeatures.Telling featureTelling(OutletTelling telling) {
    List<String> texts = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    String current = null;
    for (Sentence sentence : telling.sentences()) {
      if (!sentence.articleId().equals(current)) {
        current = sentence.articleId();
        String headline = telling.headlines().get(current);
        if (headline != null && !headline.isBlank()) {
          texts.add(headline);
          articles.add(current);
        }
      }
      texts.add(sentence.text());
      articles.add(sentence.articleId());
    }
    return new ClaimFeatures.Telling(telling.outlet(), texts, articles, telling.sentences().size());
  }

  /** Each outlet's sentence embeddings, in its sentences' order; all encoded in one call. */
  private static Map<String, float[][]> embeddings(
      List<OutletTelling> tellings, Function<List<String>, float[][]> encoder) {
    List<String> texts = new ArrayList<>();
    tellings.forEach(t -> t.sentences().forEach(s -> texts.add(s.text())));
    float[][] all = encoder.apply(texts);
    Map<String, float[][]> byOutlet = new LinkedHashMap<>();
    int start = 0;
    for (OutletTelling t : tellings) {
      byOutlet.put(t.outlet(), Arrays.copyOfRange(all, start, start + t.sentences().size()));
      start += t.sentences().size();
    }
    return byOutlet;
  }

  /** The highest cosine of a unit vector with any of others (unit vectors); -1 when none. */
  static double closest(float[] vector, float[][] others) {
    double best = -1;
    for (float[] other : others) {
      best = Math.max(best, SentenceEmbeddings.cosine(vector, other));
    }
    return best;
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
