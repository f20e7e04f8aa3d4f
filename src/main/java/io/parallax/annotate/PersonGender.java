package io.parallax.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's grammatical gender as far as the text tells it, so "he" and "she" find the right
 * antecedent: from a title (Mr., Mrs., Ms., congresswoman) or the first name, looked up in the
 * first-name list CoreNLP's English models jar ships for coreference
 * (`edu/stanford/nlp/models/dcoref/namegender.combine.txt`, loaded once per JVM).
 */
enum PersonGender {
  MALE,
  FEMALE;

  private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Set<String> MALE_TITLES =
      Set.of("mr", "mr.", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman");
  private static final Set<String> FEMALE_TITLES =
      Set.of(
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "miss",
          "dame",
          "lady",
          "queen",
          "princess",
          "congresswoman",
          "spokeswoman",
          "chairwoman");

  /** The actor's gender, or null when neither title nor first name tells. */
  static PersonGender of(ArticleActor actor) {
    if (!actor.type().equals("person")) {
      return null;
    }
    for (String role : actor.roles()) {
      for (String word : role.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (MALE_TITLES.contains(word)) {
          return MALE;
        }
        if (FEMALE_TITLES.contains(word)) {
          return FEMALE;
        }
      }
    }
    String given = ActorNames.splitRole(ActorNames.tokens(actor.name())).givenName();
    return given.isEmpty() ? null : FirstNames.MAP.get(given.toLowerCase(Locale.ROOT));
  }

  /** The gender a title among {@code roleWords} gives ("Mrs.", "congressman"), or null. */
  static PersonGender ofTitle(String roleWords) {
    for (String word : roleWords.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (MALE_TITLES.contains(word)) {
        return MALE;
      }
      if (FEMALE_TITLES.contains(word)) {
        return FEMALE;
      }
    }
    return null;
  }

  /** The gender CoreNLP's first-name list gives a given name, or null. */
  static PersonGender ofGivenName(String given) {
    return given.isEmpty() ? null : FirstNames.MAP.get(given.toLowerCase(Locale.ROOT));
  }

  /** The name list, read on first use. */
  private static final class FirstNames {
    static final Map<String, PersonGender> MAP = load();

    private static Map<String, PersonGender> load() {
      Map<String, PersonGender> map = new HashMap<>();
      InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(NAMES);
      if (in == null) {
        return map;
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String[] fields = line.split("\t");
          if (fields.length == 2 && (fields[1].equals("MALE") || fields[1].equals("FEMALE"))) {
            map.put(fields[0].toLowerCase(Locale.ROOT), PersonGender.valueOf(fields[1]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return map;
    }
  }
}
