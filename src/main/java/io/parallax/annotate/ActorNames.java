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

  /**
   * Capitals and seats of government that news uses for the government itself ("Washington warned",
   * "the Kremlin said"), and the country they stand for. Used only when metonymy is on.
   */
  private static final Map<String, String> SEATS_OF_GOVERNMENT =
      Map.ofEntries(
          Map.entry("washington", "united states"),
          Map.entry("white house", "united states"),
          Map.entry("moscow", "russia"),
          Map.entry("kremlin", "russia"),
          Map.entry("beijing", "china"),
          Map.entry("pyongyang", "north korea"),
          Map.entry("seoul", "south korea"),
          Map.entry("tokyo", "japan"),
          Map.entry("tehran", "iran"),
          Map.entry("london", "united kingdom"),
          Map.entry("downing street", "united kingdom"),
          Map.entry("paris", "france"),
          Map.entry("elysee", "france"),
          Map.entry("berlin", "germany"),
          Map.entry("kyiv", "ukraine"),
          Map.entry("kiev", "ukraine"),
          Map.entry("ankara", "turkey"),
          Map.entry("damascus", "syria"),
          Map.entry("riyadh", "saudi arabia"),
          Map.entry("ottawa", "canada"),
          Map.entry("mexico city", "mexico"),
          Map.entry("brussels", "european union"),
          Map.entry("new delhi", "india"),
          Map.entry("islamabad", "pakistan"),
          Map.entry("kabul", "afghanistan"),
          Map.entry("baghdad", "iraq"),
          Map.entry("cairo", "egypt"),
          Map.entry("havana", "cuba"),
          Map.entry("caracas", "venezuela"),
          Map.entry("warsaw", "poland"),
          Map.entry("minsk", "belarus"),
          Map.entry("canberra", "australia"),
          Map.entry("taipei", "taiwan"));

  /** Words before a place that make it a place, not its government: "in Moscow", "to Beijing". */
  private static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "to",
          "from",
          "into",
          "near",
          "outside",
          "inside",
          "around",
          "across",
          "visit",
          "visited",
          "visiting",
          "toward",
          "towards",
          "via");

  /** "U. S." as some outlets write it: one token, "U.S.", like the unspaced form. */
  private static final Pattern SPACED_INITIALS = Pattern.compile("\\b(\\p{Lu})\\. (\\p{Lu})\\.");

  private ActorNames() {}

  /**
   * Chinese family names, written first in English news ("Xi Jinping", "Wang Yi") and rarely a
   * Western given name.
   */
  private static final Set<String> CHINESE_FAMILY_NAMES =
      Set.of(
          "xi", "li", "wang", "zhang", "liu", "chen", "hu", "wen", "zhou", "jiang", "deng", "mao",
          "zhao", "huang", "yang", "wu", "qin");

  /**
   * Korean family names, written first ("Kim Jong Un", "Moon Jae-in"), but also Western given or
   * family names ("Kim Kardashian", "Mike Lee"): family-first only before a Korean-looking given
   * name (hyphenated, or two short syllables).
   */
  private static final Set<String> KOREAN_FAMILY_NAMES =
      Set.of("kim", "lee", "park", "moon", "choi", "ban", "yoon", "roh", "chung", "jung", "suh");

  /** Generation suffixes that end a name: "III" is dropped from the key, "Jr." keeps its own. */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * A person mention split into the role words that lead it, the name that follows, and a
   * generation suffix after it ("Jr.", "III"; empty when none).
   */
  public record PersonName(List<String> role, List<String> name, String suffix) {
    public PersonName(List<String> role, List<String> name) {
      this(role, name, "");
    }

    public String roleText() {
      return String.join(" ", role);
    }

    public String nameText() {
      return (String.join(" ", name) + " " + suffix).strip();
    }

    /** The family name: the last word, or the first of a family-first name ("Kim Jong Un"). */
    public String surname() {
      if (name.isEmpty()) {
        return "";
      }
      return familyFirst() ? name.get(0) : name.get(name.size() - 1);
    }

    /** The given name's first word ("Sergei", "Jong"), empty for a surname alone. */
    public String givenName() {
      if (name.size() < 2) {
        return "";
      }
      return familyFirst() ? name.get(1) : name.get(0);
    }

    /** "Xi Jinping", "Kim Jong Un", "Moon Jae-in": the family name comes first. */
    public boolean familyFirst() {
      if (name.size() < 2 || name.size() > 3) {
        return false;
      }
      String first = fold(name.get(0));
      if (CHINESE_FAMILY_NAMES.contains(first)) {
        return true;
      }
      if (!KOREAN_FAMILY_NAMES.contains(first)) {
        return false;
      }
      List<String> given = name.subList(1, name.size());
      return (given.size() == 1 && given.get(0).contains("-"))
          || given.stream().allMatch(w -> w.length() <= 4);
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
      } else if (first > 0
          && isRoleWord(tokens.get(first - 1))
          && ROLE_CONNECTORS.contains(tokens.get(first).toLowerCase(Locale.ROOT))
          && first + 3 < tokens.size()
          && Character.isUpperCase(tokens.get(first + 1).charAt(0))) {
        first += 2; // "Mayor of London Sadiq Khan": the role's place is no part of the name
      } else {
        break;
      }
    }
    int end = tokens.size();
    String suffix = "";
    if (end - first > 2 && NAME_SUFFIXES.contains(fold(tokens.get(end - 1)).replace(".", ""))) {
      suffix = tokens.get(--end);
    }
    return new PersonName(
        List.copyOf(tokens.subList(0, first)), List.copyOf(tokens.subList(first, end)), suffix);
  }

  /**
   * The role written just before a name: the longest run of role words (with connectors such as
   * "of") that ends the given tokens. "talks led by Deputy Foreign Minister" gives "Deputy Foreign
   * Minister"; a role set off by a comma counts too ("Deputy Secretary of State, Wendy Sherman").
   */
  public static String roleBefore(List<String> tokensBefore) {
    if (!tokensBefore.isEmpty() && tokensBefore.get(tokensBefore.size() - 1).equals(",")) {
      return roleBefore(tokensBefore.subList(0, tokensBefore.size() - 1));
    }
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
   * The key persons are compared by across articles: the folded family name and the sound of the
   * given name ("ryabkov|srj" for both "Sergey Ryabkov" and "Sergei Ryabkov"; "obama|prk" for
   * Barack and "obama|mxl" for Michelle Obama), with "|jr"/"|sr" after it for a generation suffix;
   * for family-first names the given name itself, without spaces and hyphens ("kim|jongun" for "Kim
   * Jong Un" and "Kim Jong-un"). A family name alone is only the family name: which person of that
   * name it is the article, or the run, decides ({@link PersonIds}).
   */
  public static String personKey(PersonName person) {
    if (person.name().isEmpty()) {
      return "";
    }
    String surname = fold(person.surname());
    if (person.familyFirst()) {
      List<String> given = person.name().subList(1, person.name().size());
      return surname + "|" + fold(String.join("", given)).replaceAll("[\\s-]", "");
    }
    String key =
        person.givenName().isEmpty() ? surname : surname + "|" + givenNameKey(person.givenName());
    String suffix = fold(person.suffix()).replace(".", "");
    return suffix.equals("jr") || suffix.equals("sr") ? key + "|" + suffix : key;
  }

  /**
   * Given names that stand for a longer one in English news ("Bill Clinton" is William Clinton):
   * the two meet. Only names that are not also a formal name of someone else are listed.
   */
  private static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("bill", "william"),
          Map.entry("billy", "william"),
          Map.entry("bob", "robert"),
          Map.entry("bobby", "robert"),
          Map.entry("joe", "joseph"),
          Map.entry("mike", "michael"),
          Map.entry("jim", "james"),
          Map.entry("jimmy", "james"),
          Map.entry("tom", "thomas"),
          Map.entry("tommy", "thomas"),
          Map.entry("dick", "richard"),
          Map.entry("chuck", "charles"),
          Map.entry("dave", "david"),
          Map.entry("steve", "steven"),
          Map.entry("nick", "nicholas"),
          Map.entry("tony", "anthony"),
          Map.entry("ed", "edward"),
          Map.entry("ted", "edward"),
          Map.entry("liz", "elizabeth"),
          Map.entry("beth", "elizabeth"));

  private static final org.apache.commons.codec.language.DoubleMetaphone SOUND =
      new org.apache.commons.codec.language.DoubleMetaphone();

  /**
   * A given name as it sounds (Double Metaphone, commons-codec), so that transliterations meet:
   * Sergey/Sergei, Dmitry/Dmitri, Aleksandr/Alexander, Mohammed/Muhammad. A name it cannot sound
   * (no Latin letters) is kept folded.
   */
  static String givenNameKey(String given) {
    String folded = fold(given).replace(".", "");
    String formal = NICKNAMES.getOrDefault(folded, folded);
    String sound = SOUND.doubleMetaphone(formal);
    return sound == null || sound.isEmpty()
        ? formal.replaceAll("\\s", "")
        : sound.toLowerCase(Locale.ROOT);
  }

  /** After a dateline's place: ", STATE" perhaps, an agency in brackets perhaps, then a dash. */
  private static final Pattern DATELINE_TAIL =
      Pattern.compile(
          "^(,\\s*[A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}.]*)*)?\\s*(\\([A-Z][\\p{L} .]*\\)\\s*)?(—|–|--|-)");

  /**
   * Whether the mention at {@code begin}..{@code end} of {@code text} is a dateline ("WASHINGTON
   * —", "SAO PAULO (AP) —", "London (Reuters) -"): the place where a story was filed, at the start
   * of a paragraph, which is not an actor of the story (as the country's government, or a person
   * when the tagger takes "SAO PAULO" for one).
   */
  public static boolean isDateline(String text, int begin, int end) {
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    if (!text.substring(lineStart, begin).isBlank() || end > text.length()) {
      return false;
    }
    java.util.regex.Matcher tail =
        DATELINE_TAIL.matcher(text.substring(end, Math.min(text.length(), end + 80)));
    if (!tail.find()) {
      return false;
    }
    String place = text.substring(begin, end);
    boolean capitals = place.equals(place.toUpperCase(Locale.ROOT));
    return capitals || tail.group(2) != null;
  }

  /** The canonical name of a place or body: aliases resolved, case and dots folded. */
  public static String placeOrBodyKey(String mention) {
    String key = fold(withoutWebAddress(mention)).replace(".", "").replaceAll("^the ", "").strip();
    return ALIASES.getOrDefault(key, key);
  }

  private static final java.util.regex.Pattern WEB_ADDRESS_ENDING =
      java.util.regex.Pattern.compile(
          "(?i)(?<=\\p{L}{2})\\.(?:com|org|net|co\\.uk|com\\.au|io|gov)$");

  /**
   * A body named by its web address is the body: "Equifax.com" is Equifax, one actor with the
   * company's other mentions.
   */
  public static String withoutWebAddress(String name) {
    return WEB_ADDRESS_ENDING.matcher(name.strip()).replaceFirst("");
  }

  /**
   * The country a capital or seat of government stands for when it acts ("Washington warned"), or
   * empty: for other names, and after a locative word ("talks in Moscow" are in the city).
   */
  public static String governmentOf(String placeKey, String wordBefore) {
    if (LOCATIVES.contains(wordBefore.toLowerCase(Locale.ROOT))) {
      return "";
    }
    return SEATS_OF_GOVERNMENT.getOrDefault(placeKey, "");
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
