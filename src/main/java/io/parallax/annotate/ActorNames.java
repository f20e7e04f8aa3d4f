package io.parallax.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name rules for canonical actors, pure: which words of a mention are a role ("Deputy Foreign
 * Minister"), what key a person's name compares by (so "Sergey Ryabkov" and "Sergei Ryabkov" meet),
 * and which aliases name the same place or body ("US", "U.S.", "United States").
 */
public final class ActorNames {
  /** Words that, leading a person's name, are a role or honorific rather than part of the name. */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "president",
          "vice",
          "prime",
          "minister",
          "deputy",
          "foreign",
          "secretary",
          "state",
          "defense",
          "defence",
          "general",
          "attorney",
          "senator",
          "sen",
          "rep",
          "representative",
          "governor",
          "gov",
          "mayor",
          "chancellor",
          "ambassador",
          "envoy",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chairman",
          "chairwoman",
          "chair",
          "director",
          "chief",
          "executive",
          "ceo",
          "judge",
          "justice",
          "speaker",
          "leader",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sir",
          "lord",
          "dame",
          "u.s.",
          "us",
          "russian",
          "former",
          "acting",
          "assistant",
          "under",
          "commander",
          "colonel",
          "col",
          "lt",
          "sgt",
          "captain",
          "capt",
          "admiral",
          "adm",
          "pastor",
          "rev",
          "reverend",
          "professor",
          "prof",
          "minority",
          "majority",
          "house",
          "senate",
          "white");

  /**
   * Words that join role words inside a role: "Secretary of State", "Minister for Foreign Affairs".
   */
  private static final Set<String> ROLE_CONNECTORS = Set.of("of", "for", "the", "and");

  /** Aliases that name one place or body; keys and values are lower-case, dots removed. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("us", "united states"),
          Map.entry("usa", "united states"),
          Map.entry("united states of america", "united states"),
          Map.entry("america", "united states"),
          Map.entry("uk", "united kingdom"),
          Map.entry("britain", "united kingdom"),
          Map.entry("great britain", "united kingdom"),
          Map.entry("russian federation", "russia"),
          Map.entry("eu", "european union"),
          Map.entry("un", "united nations"),
          Map.entry("nato", "north atlantic treaty organization"),
          Map.entry("osce", "organization for security and co-operation in europe"),
          Map.entry(
              "organization for security and cooperation in europe",
              "organization for security and co-operation in europe"),
          Map.entry("prc", "china"),
          Map.entry("people's republic of china", "china"));

  /** "U. S." as some outlets write it: one token, "U.S.", like the unspaced form. */
  private static final Pattern SPACED_INITIALS = Pattern.compile("\\b(\\p{Lu})\\. (\\p{Lu})\\.");

  private ActorNames() {}

  /** A person mention split into the role words that lead it and the name that follows. */
  public record PersonName(List<String> role, List<String> name) {
    public String roleText() {
      return String.join(" ", role);
    }

    public String nameText() {
      return String.join(" ", name);
    }

    public String surname() {
      return name.isEmpty() ? "" : name.get(name.size() - 1);
    }
  }

  /**
   * Splits "Deputy Foreign Minister Sergei Ryabkov" into role [Deputy, Foreign, Minister], name
   * [Sergei, Ryabkov].
   */
  public static PersonName splitRole(List<String> tokens) {
    int first = 0;
    while (first < tokens.size() - 1) {
      if (isRoleWord(tokens.get(first))) {
        first++;
      } else if (ROLE_CONNECTORS.contains(tokens.get(first).toLowerCase(Locale.ROOT))
          && first + 1 < tokens.size() - 1
          && isRoleWord(tokens.get(first + 1))) {
        first += 2;
      } else {
        break;
      }
    }
    return new PersonName(
        List.copyOf(tokens.subList(0, first)), List.copyOf(tokens.subList(first, tokens.size())));
  }

  /**
   * The role written just before a name: the longest run of role words (with connectors such as
   * "of") that ends the given tokens. "talks led by Deputy Foreign Minister" gives "Deputy Foreign
   * Minister".
   */
  public static String roleBefore(List<String> tokensBefore) {
    int start = tokensBefore.size();
    while (start > 0) {
      String token = tokensBefore.get(start - 1);
      if (isRoleWord(token) && Character.isUpperCase(token.charAt(0))) {
        start--;
      } else if (start >= 2
          && start < tokensBefore.size()
          && ROLE_CONNECTORS.contains(token.toLowerCase(Locale.ROOT))
          && isRoleWord(tokensBefore.get(start - 2))) {
        start--;
      } else {
        break;
      }
    }
    return String.join(" ", tokensBefore.subList(start, tokensBefore.size()));
  }

  private static boolean isRoleWord(String token) {
    return ROLE_WORDS.contains(token.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /**
   * The key persons are compared by: folded surname, then the first name's initial when there is
   * one. Transliteration variants (Sergey/Sergei, Aleksandr/Alexander) share both.
   */
  public static String personKey(PersonName person) {
    List<String> name = person.name();
    if (name.isEmpty()) {
      return "";
    }
    String surname = fold(person.surname());
    return name.size() == 1 ? surname : surname + "|" + fold(name.get(0)).charAt(0);
  }

  /** The canonical name of a place or body: aliases resolved, case and dots folded. */
  public static String placeOrBodyKey(String mention) {
    String key = fold(mention).replace(".", "").replaceAll("^the ", "").strip();
    return ALIASES.getOrDefault(key, key);
  }

  /** Lower-case, accents removed, whitespace folded. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Tokens of a surface form, split on spaces. */
  public static List<String> tokens(String surface) {
    List<String> tokens = new ArrayList<>();
    String joined = SPACED_INITIALS.matcher(surface.strip()).replaceAll("$1.$2.");
    for (String token : joined.split("\\s+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }
}
