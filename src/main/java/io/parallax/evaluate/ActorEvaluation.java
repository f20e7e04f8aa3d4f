package io.parallax.evaluate;

import io.parallax.annotate.ActorMention;
import io.parallax.annotate.ArticleAnnotator;
import io.parallax.annotate.PersonIds;
import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `evaluate actors`: do mentions of one concept, across the outlets reporting an event, land on one
 * canonical actor? Scored on NewsWCL50 with B-cubed over mentions, within each event.
 *
 * <p>Gold: mentions of ACTOR concepts (one person each: "Trump", "President Trump", "Mr. Trump")
 * and COUNTRY concepts ("the U.S.", "United States", "Washington" where it stands for the
 * government). ACTOR-I and GROUP concepts are left out: they gather different people ("USA-I" holds
 * Cruz, Mueller and Boyd), which a resolver of individual actors must keep apart. Each gold mention
 * takes the actor of the annotate stage's mention that overlaps it most. The headline figure scores
 * the gold mentions the stage found ({@code mention_recall} says how many); {@code bcubed_f1_all}
 * counts every gold mention, a missed one as a cluster of its own. The baseline clusters the same
 * found mentions by their exact (case-folded) words, so the gap is what name resolution adds.
 */
public final class ActorEvaluation {
  private static final Logger LOG = LoggerFactory.getLogger(ActorEvaluation.class);
  static final Set<String> SCORED_TYPES = Set.of("ACTOR", "COUNTRY");
  private static final String CONLL = "NewsWCL50.conll";

  private ActorEvaluation() {}

  /** The scored items of one document: found ones under each clustering, and all. */
  record DocumentItems(
      List<BCubed.Item> found, List<BCubed.Item> baseline, List<BCubed.Item> all) {}

  public static List<String> run(Path dir, boolean metonymy) {
    Path conll = dir.resolve(CONLL);
    if (!Files.isRegularFile(conll)) {
      throw ParallaxErrors.evaluationDataNotFound(
          dir.toString(), "a directory with " + CONLL + ", like ../shared/data/newswcl50");
    }
    List<NewsWcl50.Document> documents = NewsWcl50.parse(readLines(conll));
    ArticleAnnotator annotator = new ArticleAnnotator(metonymy);
    List<BCubed.Item> found = new ArrayList<>();
    List<BCubed.Item> baseline = new ArrayList<>();
    List<BCubed.Item> all = new ArrayList<>();
    List<BCubed.Item> persons = new ArrayList<>();
    List<BCubed.Item> countries = new ArrayList<>();
    java.util.Map<String, java.util.Map<String, Long>> articlesNaming = new java.util.HashMap<>();
    long started = System.nanoTime();
    for (int d = 0; d < documents.size(); d++) {
      NewsWcl50.Document document = documents.get(d);
      List<ActorMention> mentions = annotator.annotate(document.text()).actorMentions();
      java.util.Map<String, Long> named =
          articlesNaming.computeIfAbsent(document.event(), e -> new java.util.HashMap<>());
      mentions.stream()
          .map(ActorMention::actorId)
          .filter(java.util.Objects::nonNull)
          .distinct()
          .forEach(id -> named.merge(id, 1L, Long::sum));
      DocumentItems items = score(document, mentions);
      found.addAll(items.found());
      baseline.addAll(items.baseline());
      all.addAll(items.all());
      for (BCubed.Item item : items.found()) {
        (item.gold().endsWith("_ACTOR") ? persons : countries).add(item);
      }
      if ((d + 1) % 10 == 0) {
        LOG.info(
            "evaluate actors: {}/{} documents ({} docs/s)",
            d + 1,
            documents.size(),
            String.format(Locale.ROOT, "%.1f", (d + 1) / ((System.nanoTime() - started) / 1e9)));
      }
    }
    // A family name alone is resolved over the event's articles, as a run resolves it over its own.
    found = familyNamesResolvedPerEvent(found, articlesNaming);
    all = familyNamesResolvedPerEvent(all, articlesNaming);
    persons = familyNamesResolvedPerEvent(persons, articlesNaming);
    BCubed method = BCubed.of(found);
    BCubed strings = BCubed.of(baseline);
    BCubed every = BCubed.of(all);
    double mentionRecall = all.isEmpty() ? 0 : (double) found.size() / all.size();
    return List.of(
        String.format(
            Locale.ROOT,
            "documents %d, metonymy %s; gold mentions of ACTOR and COUNTRY concepts %d, found by"
                + " the annotate stage %d (%.3f)",
            documents.size(),
            metonymy ? "on" : "off",
            all.size(),
            found.size(),
            mentionRecall),
        line("persons (ACTOR)", BCubed.of(persons)),
        line("countries (COUNTRY)", BCubed.of(countries)),
        line("all found mentions", method),
        line("baseline, exact words", strings),
        line("every gold mention, missed ones alone", every),
        String.format(
            Locale.ROOT,
            "actors %s n=%d bcubed_f1=%.3f bcubed_p=%.3f bcubed_r=%.3f baseline_bcubed_f1=%.3f"
                + " mention_recall=%.3f bcubed_f1_all=%.3f",
            DataSetNames.of(dir),
            found.size(),
            method.f1(),
            method.precision(),
            method.recall(),
            strings.f1(),
            mentionRecall,
            every.f1()));
  }

  /**
   * Pairs each scored gold mention with the found mention overlapping it most; the group is the
   * event, so clusters are compared across the event's outlets.
   */
  static DocumentItems score(NewsWcl50.Document document, List<ActorMention> mentions) {
    List<BCubed.Item> found = new ArrayList<>();
    List<BCubed.Item> baseline = new ArrayList<>();
    List<BCubed.Item> all = new ArrayList<>();
    int missed = 0;
    for (NewsWcl50.Concept gold : document.gold()) {
      if (!SCORED_TYPES.contains(gold.codeType())) {
        continue;
      }
      ActorMention best = null;
      int bestOverlap = 0;
      for (ActorMention mention : mentions) {
        int overlap =
            Math.min(gold.charEnd(), mention.charEnd())
                - Math.max(gold.charBegin(), mention.charBegin());
        if (overlap > bestOverlap) {
          best = mention;
          bestOverlap = overlap;
        }
      }
      if (best == null) {
        all.add(
            new BCubed.Item(
                document.event(), gold.conceptId(), "missed:" + document.id() + ":" + missed++));
        continue;
      }
      BCubed.Item item = new BCubed.Item(document.event(), gold.conceptId(), best.actorId());
      found.add(item);
      all.add(item);
      baseline.add(
          new BCubed.Item(
              document.event(), gold.conceptId(), best.text().toLowerCase(Locale.ROOT)));
    }
    return new DocumentItems(found, baseline, all);
  }

  /**
   * Each item's predicted actor with family names alone resolved within its event, as a run
   * resolves them over its articles ({@link PersonIds}); {@code articlesNaming} counts, per event,
   * the documents that name each actor.
   */
  static List<BCubed.Item> familyNamesResolvedPerEvent(
      List<BCubed.Item> items, java.util.Map<String, java.util.Map<String, Long>> articlesNaming) {
    java.util.Map<String, java.util.Map<String, String>> byEvent = new java.util.HashMap<>();
    articlesNaming.forEach(
        (event, named) -> byEvent.put(event, PersonIds.familyNamesResolved(named)));
    List<BCubed.Item> resolved = new ArrayList<>();
    for (BCubed.Item item : items) {
      String actor =
          byEvent
              .getOrDefault(item.group(), java.util.Map.of())
              .getOrDefault(item.predicted(), item.predicted());
      resolved.add(new BCubed.Item(item.group(), item.gold(), actor));
    }
    return resolved;
  }

  private static String line(String what, BCubed scores) {
    return String.format(
        Locale.ROOT,
        "%s: mentions %d, B-cubed precision %.3f, recall %.3f, F1 %.3f",
        what,
        scores.items(),
        scores.precision(),
        scores.recall(),
        scores.f1());
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
