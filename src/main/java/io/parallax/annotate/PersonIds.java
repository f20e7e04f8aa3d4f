package io.parallax.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves a family name alone over a window of articles (a run, an event): an article that names
 * "Ryabkov" and never his given name gets `person:ryabkov`, which is the run's `person:ryabkov|srj`
 * when that is the one person of that family name the run's articles name in full, or its principal
 * bearer, named in far more of them than anyone else of the name. When the run names two about as
 * often ("Barack Obama", "Michelle Obama"), or none, the family name stays as it is: no evidence
 * says which person it is, and guessing would merge two people. A family name alone is not taken
 * for a person named with a generation suffix ("Donald Trump Jr.") when someone of that family name
 * is named without one.
 */
public final class PersonIds {
  private static final String PERSON = "person:";

  private PersonIds() {}

  /**
   * A family name alone resolves to a person of that name named in full in at least this many times
   * as many of the window's articles as any other person of that name: the principal bearer
   * ("Trump" in a week of articles naming Donald Trump in 40 and Melania Trump in 5).
   */
  static final int PRINCIPAL_FACTOR = 2;

  /**
   * For each family-name-alone person id among {@code articlesNaming}'s keys (actor id to the
   * number of the window's articles that name it), the full-name person it stands for: the one of
   * that family name, or the principal bearer ({@link #PRINCIPAL_FACTOR}); ids with no such person
   * are not in the map.
   */
  public static Map<String, String> familyNamesResolved(Map<String, Long> articlesNaming) {
    Map<String, Set<String>> fullByFamily = new HashMap<>();
    Set<String> familyAlone = new TreeSet<>();
    for (String id : articlesNaming.keySet()) {
      if (id == null || !id.startsWith(PERSON)) {
        continue;
      }
      int bar = id.indexOf('|');
      if (bar < 0) {
        familyAlone.add(id);
      } else {
        fullByFamily.computeIfAbsent(id.substring(0, bar), f -> new TreeSet<>()).add(id);
      }
    }
    Map<String, String> resolved = new LinkedHashMap<>();
    for (String id : familyAlone) {
      Set<String> full = fullByFamily.getOrDefault(id, Set.of());
      // "Trump" alone is not Donald Trump Jr., who is named with his suffix: a person with a
      // generation suffix counts only when no one of the family name is named without one.
      List<String> candidates = new ArrayList<>();
      for (String candidate : full) {
        if (!candidate.endsWith("|jr") && !candidate.endsWith("|sr")) {
          candidates.add(candidate);
        }
      }
      if (candidates.isEmpty()) {
        candidates.addAll(full);
      }
      if (candidates.isEmpty()) {
        continue;
      }
      candidates.sort(
          Comparator.comparingLong((String c) -> articlesNaming.get(c))
              .reversed()
              .thenComparing(Comparator.naturalOrder()));
      long first = articlesNaming.get(candidates.get(0));
      long second = candidates.size() > 1 ? articlesNaming.get(candidates.get(1)) : 0;
      if (first >= PRINCIPAL_FACTOR * second) {
        resolved.put(id, candidates.get(0));
      }
    }
    return resolved;
  }
}
