package io.parallax.compare;

import io.parallax.annotate.ActorNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which side a quoted speaker speaks for, so that an outlet's quotes can be summed by group ("whose
 * officials does it let speak"): {@code country:<name>} when the speaker is a country or its role
 * words name one ("Russian Deputy Foreign Minister", "U.S. Secretary of State"); else {@code
 * official} when its role words are those of an office ("Secretary", "Sen.", "Governor"); else the
 * speaker's actor type (`person`, `organization`, ...). Countries and their adjectives come from
 * CoreNLP's own lists (`dcoref/countries`, `dcoref/demonyms.txt` in the English models jar).
 */
public final class SpeakerGroups {
  static final String COUNTRY = "country:";
  static final String OFFICIAL = "official";

  /** Words of a role that make its holder an office-holder. */
  private static final Set<String> OFFICE_WORDS =
      Set.of(
          "president",
          "minister",
          "secretary",
          "senator",
          "sen",
          "rep",
          "representative",
          "governor",
          "gov",
          "mayor",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "chancellor",
          "premier",
          "diplomat",
          "envoy",
          "congressman",
          "congresswoman",
          "speaker",
          "leader",
          "commissioner",
          "attorney",
          "general",
          "gen",
          "chairman",
          "chairwoman",
          "chair",
          "director",
          "deputy",
          "prime",
          "king",
          "queen",
          "prince",
          "lawmaker",
          "councillor",
          "councilor",
          "adviser",
          "advisor");

  private SpeakerGroups() {}

  /**
   * The group of a speaker, from its actor id (`person:ryabkov`, `entity:russia`), actor type and
   * all role words the story's articles attach to it.
   */
  public static String of(String actorId, String actorType, Collection<String> roles) {
    if (actorId == null || actorId.equals(QuoteShares.UNATTRIBUTED)) {
      return QuoteShares.UNATTRIBUTED;
    }
    if (actorId.startsWith("entity:")) {
      String country = Lists.COUNTRIES.get(actorId.substring("entity:".length()));
      if (country != null) {
        return COUNTRY + country;
      }
    }
    boolean office = false;
    for (String role : roles == null ? List.<String>of() : roles) {
      String country = countryIn(role);
      if (country != null) {
        return COUNTRY + country;
      }
      for (String word : role.toLowerCase(Locale.ROOT).split("[\\s.\\-]+")) {
        office |= OFFICE_WORDS.contains(word);
      }
    }
    if (office) {
      return OFFICIAL;
    }
    return actorType == null || actorType.isBlank() ? "other" : actorType;
  }

  /** The country a role's words name, by its name or adjective, or null. */
  static String countryIn(String role) {
    List<String> words = ActorNames.tokens(role.replace('-', ' '));
    for (int i = 0; i < words.size(); i++) {
      // Two-word names first: "South Korean", "United States".
      if (i + 1 < words.size()) {
        String country = countryOf(words.get(i) + " " + words.get(i + 1));
        if (country != null) {
          return country;
        }
      }
      String country = countryOf(words.get(i));
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private static String countryOf(String words) {
    String key = ActorNames.placeOrBodyKey(words);
    String country = Lists.COUNTRIES.get(key);
    return country != null ? country : Lists.DEMONYMS.get(key);
  }

  /** CoreNLP's country names and adjectives, loaded once per JVM. */
  private static final class Lists {
    /** Folded country name or alias → canonical country name (`ActorNames.placeOrBodyKey`). */
    static final Map<String, String> COUNTRIES = new HashMap<>();

    /** Folded adjective or people ("russian", "americans") → canonical country name. */
    static final Map<String, String> DEMONYMS = new HashMap<>();

    static {
      Set<String> countries = new HashSet<>();
      for (String line : read("edu/stanford/nlp/models/dcoref/countries")) {
        String[] fields = line.split("\t");
        if (fields.length >= 2 && !fields[1].isBlank()) {
          // "Korea, South" → "South Korea"; "Bahamas, The" → "Bahamas".
          String name = fields[1].strip();
          int comma = name.indexOf(", ");
          if (comma > 0) {
            String rest = name.substring(comma + 2);
            String head = name.substring(0, comma);
            name = rest.equalsIgnoreCase("the") ? head : rest + " " + head;
          }
          String key = ActorNames.placeOrBodyKey(name);
          countries.add(key);
          COUNTRIES.put(key, key);
        }
      }
      // Aliases ActorNames resolves ("us", "u.s.", "britain") name the same countries.
      for (String alias : List.of("us", "usa", "uk", "britain", "great britain")) {
        String key = ActorNames.placeOrBodyKey(alias);
        if (countries.contains(key)) {
          COUNTRIES.put(alias, key);
        }
      }
      for (String line : read("edu/stanford/nlp/models/dcoref/demonyms.txt")) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String country = ActorNames.placeOrBodyKey(fields[0].replace(".", "").strip());
        if (!countries.contains(country)) {
          continue; // continents and regions ("European", "Asian") are no country
        }
        for (int k = 1; k < fields.length; k++) {
          if (!fields[k].isBlank()) {
            DEMONYMS.putIfAbsent(ActorNames.placeOrBodyKey(fields[k].strip()), country);
          }
        }
      }
    }

    private static List<String> read(String resource) {
      InputStream in = SpeakerGroups.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath (CoreNLP models jar)");
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
