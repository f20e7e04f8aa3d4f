package io.parallax.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Groups an article's entity mentions into canonical actors. Persons: role words are split off
 * ({@link ActorNames#splitRole}), full names are keyed by their folded family name ({@link
 * ActorNames#personKey}: family name and the sound of the given name, so that Barack and Michelle
 * Obama are two actors and Sergey and Sergei Ryabkov one), and a surname alone joins the person of
 * the article with that family name named last before it; with none, it is the family name alone,
 * which {@link PersonIds} resolves over the run. Organisations and places: aliases resolved ({@link
 * ActorNames#placeOrBodyKey}); the type is the one most mentions carry. With metonymy on, a capital
 * or seat of government that acts for its government ("Washington warned", "the Kremlin said") is
 * the country. Pronouns and other entity types (dates, numbers, MISC) are not actors.
 */
public final class ActorResolver {
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we",
          "us", "i", "you");

  private ActorResolver() {}

  /** An article's actors, and the actor each resolved mention names. */
  public record Resolution(List<ArticleActor> actors, Map<Mention, String> actorOf) {}

  public static List<ArticleActor> resolve(List<Mention> mentions) {
    return resolveMentions(mentions).actors();
  }

  public static Resolution resolveMentions(List<Mention> mentions) {
    return resolveMentions(mentions, false);
  }

  /**
   * With {@code metonymy} on, a capital or seat of government that acts ("Washington warned", "the
   * Kremlin said") is its country's actor ({@link ActorNames#governmentOf}); off, it is a place.
   */
  public static Resolution resolveMentions(List<Mention> mentions, boolean metonymy) {
    Set<Mention> splitOff = new java.util.HashSet<>();
    mentions =
        gluedNamesSplit(
            mentions.stream().map(ActorResolver::withoutPunctuation).toList(), splitOff);
    Map<Mention, String> actorOf = new LinkedHashMap<>();
    List<Mention> fullNames = new ArrayList<>();
    List<Mention> surnamesAlone = new ArrayList<>();
    Map<String, Builder> entities = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      String type = mention.type();
      if (isPronoun(mention.text())) {
        continue;
      }
      if (type.equals("PERSON")) {
        (personName(mention).name().size() == 1 ? surnamesAlone : fullNames).add(mention);
      } else if (type.equals("ORGANIZATION") || type.equals("LOCATION")) {
        String key = ActorNames.placeOrBodyKey(mention.text());
        String government = metonymy ? ActorNames.governmentOf(key, mention.wordBefore()) : "";
        if (!government.isEmpty()) {
          key = government;
        }
        if (!key.isEmpty()) {
          entities
              .computeIfAbsent("entity:" + key, id -> new Builder(id, null))
              .add(
                  mention,
                  ActorNames.withoutWebAddress(mention.text()),
                  mention.roleBefore(),
                  actorOf)
              .countType(type.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, Builder> persons = new LinkedHashMap<>();
    for (Mention mention : fullNames) {
      ActorNames.PersonName name = personName(mention);
      persons
          .computeIfAbsent("person:" + ActorNames.personKey(name), id -> new Builder(id, "person"))
          .add(mention, name.nameText(), role(mention.roleBefore(), name.roleText()), actorOf);
    }
    // A family name alone without a title means one person all through an article: the person of
    // that name it has already named in full where it first writes the family name alone.
    // "President
    // Obama ... Obama said" before "first lady Michelle Obama" is not Michelle Obama.
    Map<Builder, Integer> namedInFullAt = new java.util.HashMap<>();
    persons.values().forEach(p -> namedInFullAt.put(p, java.util.Collections.min(p.begins)));
    Map<String, Integer> firstAloneAt = new java.util.HashMap<>();
    for (Mention mention : surnamesAlone) {
      ActorNames.PersonName name = personName(mention);
      if (PersonGender.ofTitle(role(mention.roleBefore(), name.roleText())) == null
          && !splitOff.contains(mention)) {
        firstAloneAt.merge(ActorNames.fold(name.surname()), mention.charBegin(), Math::min);
      }
    }
    for (Mention mention : surnamesAlone) {
      ActorNames.PersonName name = personName(mention);
      String word = ActorNames.fold(name.surname());
      String roleWords = role(mention.roleBefore(), name.roleText());
      // The article's people of that family name named in full (not one of the name alone).
      List<Builder> namesakes =
          persons.values().stream()
              .filter(p -> namedInFullAt.containsKey(p) && p.surname.equals(word))
              .toList();
      Builder match = null;
      if (namesakes.size() == 1) {
        Builder only = namesakes.get(0);
        boolean fits =
            PersonGender.ofTitle(roleWords) != null
                ? !contradicts(roleWords, only)
                : namedInFullAt.get(only) <= firstAloneAt.getOrDefault(word, Integer.MAX_VALUE);
        // "Mr. Trump" where only Melania Trump is named in full, or "Obama" written before the
        // article names Michelle Obama: someone else of the name.
        match =
            fits
                ? only
                : persons.computeIfAbsent("person:" + word, id -> new Builder(id, "person"));
      } else if (namesakes.size() > 1) {
        match = namesakeNamed(roleWords, namesakes);
        if (match == null) {
          // "Trump" in an article naming Donald and Melania Trump, with no title to tell: the
          // family name alone, which the run resolves if its articles tell (PersonIds).
          match = persons.computeIfAbsent("person:" + word, id -> new Builder(id, "person"));
        }
      }
      if (match == null) {
        match = nearestBefore(mention, persons, p -> p.givenName.equals(word));
      }
      if (match == null) {
        match = persons.computeIfAbsent("person:" + word, id -> new Builder(id, "person"));
      }
      match.add(mention, name.nameText(), roleWords, actorOf);
    }
    namesThatAreNoPersons(persons, entities, actorOf);
    personsTaggedAsEntities(persons, entities, actorOf);
    List<ArticleActor> actors = new ArrayList<>();
    persons.values().forEach(b -> actors.add(b.build()));
    entities.values().forEach(b -> actors.add(b.build()));
    return new Resolution(actors, actorOf);
  }

  /** Where a crawl glued a name to a credit, a caption or an editor's insertion. */
  private static final java.util.regex.Pattern NAME_BREAK =
      java.util.regex.Pattern.compile("\\s*[(){}|]\\s*|\\s+[-–—]\\s+");

  /**
   * A person mention with punctuation no name has: an editor's brackets are dropped ("James B.]
   * Comey"), and a mention broken by a parenthesis, a bar or a dash ("James Long) Mayor of London
   * Sadiq Khan", "LeBron James - into") keeps its part with the most capitalised words (the last of
   * equals); @handles go. Other mentions are as they were.
   */
  static Mention withoutPunctuation(Mention mention) {
    String text = mention.text();
    if (!mention.type().equals("PERSON") || !text.matches("(?s).*(?:[\\[\\](){}|@]| [-–—] ).*")) {
      return mention;
    }
    int bestBegin = 0;
    String best = "";
    int bestCapitals = -1;
    java.util.regex.Matcher breaks = NAME_BREAK.matcher(text);
    int from = 0;
    while (from <= text.length()) {
      int to = breaks.find() ? breaks.start() : text.length();
      String part = text.substring(from, to);
      int capitals = 0;
      for (String word : part.split("\\s+")) {
        capitals +=
            !word.startsWith("@") && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                ? 1
                : 0;
      }
      if (capitals > 0 && capitals >= bestCapitals) {
        bestCapitals = capitals;
        best = part;
        bestBegin = from;
      }
      if (to == text.length()) {
        break;
      }
      from = breaks.end();
    }
    String cleaned =
        String.join(
            " ",
            java.util.Arrays.stream(best.replace("[", "").replace("]", "").strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && !word.startsWith("@"))
                .toList());
    if (cleaned.isEmpty()) {
      return mention;
    }
    int begin = mention.charBegin() + bestBegin;
    return new Mention(
        "PERSON",
        cleaned,
        bestBegin == 0 ? mention.roleBefore() : "",
        begin,
        Math.min(mention.charEnd(), begin + best.length()),
        bestBegin == 0 ? mention.wordBefore() : "");
  }

  /**
   * Splits a person mention the tagger glued together from two names ("Theresa May Trump", "Mitch
   * McConnell Trump" in a headline or a caption): when the mention's first words are another person
   * mention of the article and its last words are one too, it is those two. Only names the article
   * gives on their own are split at, so "Sarah Huckabee Sanders" beside "Bernie Sanders" stays one
   * name.
   */
  static List<Mention> gluedNamesSplit(List<Mention> mentions, Set<Mention> splitOff) {
    Set<String> personTexts = new java.util.HashSet<>();
    for (Mention mention : mentions) {
      if (mention.type().equals("PERSON")) {
        personTexts.add(mention.text().toLowerCase(Locale.ROOT));
      }
    }
    List<Mention> split = new ArrayList<>();
    for (Mention mention : mentions) {
      List<String> words = List.of(mention.text().split(" "));
      int cut = -1;
      if (mention.type().equals("PERSON") && words.size() >= 3) {
        for (int k = 2; k < words.size() && cut < 0; k++) {
          String head = String.join(" ", words.subList(0, k)).toLowerCase(Locale.ROOT);
          String tail = String.join(" ", words.subList(k, words.size())).toLowerCase(Locale.ROOT);
          if (personTexts.contains(head) && personTexts.contains(tail)) {
            cut = k;
          }
        }
      }
      if (cut < 0) {
        split.add(mention);
        continue;
      }
      String head = String.join(" ", words.subList(0, cut));
      String tail = String.join(" ", words.subList(cut, words.size()));
      int tailBegin = mention.charBegin() + head.length() + 1;
      split.add(
          new Mention(
              "PERSON",
              head,
              mention.roleBefore(),
              mention.charBegin(),
              mention.charBegin() + head.length(),
              mention.wordBefore()));
      Mention second = new Mention("PERSON", tail, "", tailBegin, mention.charEnd(), "");
      split.add(second);
      splitOff.add(second);
    }
    return split;
  }

  private static ActorNames.PersonName personName(Mention mention) {
    return ActorNames.splitRole(ActorNames.tokens(mention.text()));
  }

  /**
   * Whether the words before a family name alone say it is not {@code person}: a title of the other
   * gender than the person's given name ("Mr. Trump" in an article that names only Melania Trump in
   * full).
   */
  private static boolean contradicts(String roleWords, Builder person) {
    PersonGender title = PersonGender.ofTitle(roleWords);
    PersonGender given = PersonGender.ofGivenName(person.givenName);
    return title != null && given != null && given != title;
  }

  /**
   * Which of an article's people of one family name a family name alone means, from the words
   * before it: a title's gender ("Mrs. Trump" beside Donald and Melania Trump), or a role one of
   * them holds ("President Trump"); null when neither tells.
   */
  private static Builder namesakeNamed(String roleWords, List<Builder> namesakes) {
    if (roleWords.isEmpty()) {
      return null;
    }
    PersonGender gender = PersonGender.ofTitle(roleWords);
    if (gender != null) {
      List<Builder> ofGender =
          namesakes.stream().filter(p -> PersonGender.ofGivenName(p.givenName) == gender).toList();
      if (ofGender.size() == 1) {
        return ofGender.get(0);
      }
    }
    String role = roleWords.toLowerCase(Locale.ROOT);
    List<Builder> holding =
        namesakes.stream()
            .filter(p -> p.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(role)))
            .toList();
    return holding.size() == 1 ? holding.get(0) : null;
  }

  /**
   * The person a one-word name refers to: of the article's people it fits, the one named last
   * before it, else the first named; null when none fits.
   */
  private static Builder nearestBefore(
      Mention mention, Map<String, Builder> persons, Predicate<Builder> fits) {
    Builder first = null;
    Builder nearest = null;
    int nearestBegin = -1;
    for (Builder person : persons.values()) {
      if (!fits.test(person)) {
        continue;
      }
      if (first == null) {
        first = person;
      }
      for (int begin : person.begins) {
        if (begin < mention.charBegin() && begin > nearestBegin) {
          nearest = person;
          nearestBegin = begin;
        }
      }
    }
    return nearest != null ? nearest : first;
  }

  /**
   * A "person" the article only ever names by one word is no person when that word is a brand's
   * spelling ({@link #looksLikeABrand}: WeWork, EA) or when the article tags the same word as a
   * place or body at least as often (a tram stop, Brexit): its mentions join that entity. A word
   * named once with a given name, or a title, stays a person ("Cher", "McConnell").
   */
  private static void namesThatAreNoPersons(
      Map<String, Builder> persons, Map<String, Builder> entities, Map<Mention, String> actorOf) {
    for (Builder person : List.copyOf(persons.values())) {
      boolean oneWordOnly =
          person.mentionsAdded.stream().allMatch(m -> personName(m).name().size() == 1)
              && person.roles.isEmpty();
      if (!oneWordOnly) {
        continue;
      }
      String word = personName(person.mentionsAdded.get(0)).surname();
      String key = ActorNames.placeOrBodyKey(word);
      Builder entity = entities.get("entity:" + key);
      boolean brand = looksLikeABrand(word);
      if (key.isEmpty() || !brand && (entity == null || entity.mentions < person.mentions)) {
        continue;
      }
      persons.remove(person.actorId);
      Builder target = entities.computeIfAbsent("entity:" + key, id -> new Builder(id, null));
      for (Mention mention : person.mentionsAdded) {
        target.add(mention, mention.text(), "", actorOf);
        if (brand) {
          target.countType("organization");
        }
      }
    }
  }

  /**
   * Family names spelled with a capital inside: McConnell, MacArthur, DeSantis, LeBron, O'Neill.
   */
  private static final java.util.regex.Pattern CAPITAL_INSIDE_A_NAME =
      java.util.regex.Pattern.compile(
          "(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O'|O’|D'|D’)\\p{Lu}\\p{Ll}+");

  /**
   * A word spelled as brands are and names are not: a digit in it, a capital after a small letter
   * (WeWork, iPhone, YouTube) unless a family name's prefix explains it, or two capitals alone
   * (EA).
   */
  static boolean looksLikeABrand(String word) {
    if (word.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    if (word.length() == 2 && word.chars().allMatch(Character::isUpperCase)) {
      return true;
    }
    boolean capitalInside = false;
    for (int i = 1; i < word.length(); i++) {
      capitalInside |=
          Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i));
    }
    return capitalInside && !CAPITAL_INSIDE_A_NAME.matcher(word).matches();
  }

  /**
   * A one-word organisation or place whose words are a person's family name in this article
   * ("Trump" tagged ORGANIZATION beside "Donald Trump") is that person.
   */
  private static void personsTaggedAsEntities(
      Map<String, Builder> persons, Map<String, Builder> entities, Map<Mention, String> actorOf) {
    for (Builder entity : List.copyOf(entities.values())) {
      String key = entity.actorId.substring("entity:".length());
      Builder person =
          persons.values().stream().filter(p -> p.surname.equals(key)).findFirst().orElse(null);
      if (person == null || key.contains(" ")) {
        continue;
      }
      entities.remove(entity.actorId);
      for (Mention mention : entity.mentionsAdded) {
        person.add(mention, personName(mention).nameText(), "", actorOf);
      }
    }
  }

  /** "he", "He", "HER", "them"; not "US", which is a country. */
  private static boolean isPronoun(String text) {
    // "HE", "HER" in a headline or an all-caps lead are pronouns (the real feeds made
    // person:he and person:her of them); "US" in capitals is the country.
    return PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) && !text.equals("US");
  }

  private static String role(String before, String inside) {
    return (before + " " + inside).strip();
  }

  private static final class Builder {
    private final String actorId;
    private final String fixedType;
    private final Map<String, Integer> typeVotes = new LinkedHashMap<>();
    private final Set<String> surfaceForms = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private final List<Integer> begins = new ArrayList<>();
    private final List<Mention> mentionsAdded = new ArrayList<>();
    private String name = "";
    private String surname = "";
    private String givenName = "";
    private int mentions;

    Builder(String actorId, String fixedType) {
      this.actorId = actorId;
      this.fixedType = fixedType;
    }

    Builder add(Mention mention, String nameForm, String role, Map<Mention, String> actorOf) {
      actorOf.put(mention, actorId);
      begins.add(mention.charBegin());
      mentionsAdded.add(mention);
      if ("person".equals(fixedType)) {
        ActorNames.PersonName person = personName(mention);
        if (surname.isEmpty()) {
          surname = ActorNames.fold(person.surname());
        }
        if (givenName.isEmpty()) {
          givenName = ActorNames.fold(person.givenName());
        }
      }
      mentions++;
      surfaceForms.add(mention.text());
      if (!role.isEmpty()) {
        roles.add(role);
      }
      if (nameForm.length() > name.length()) {
        name = nameForm;
      }
      return this;
    }

    void countType(String type) {
      typeVotes.merge(type, 1, Integer::sum);
    }

    ArticleActor build() {
      String type = fixedType;
      if (type == null) {
        type =
            typeVotes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("organization");
      }
      return new ArticleActor(
          actorId,
          name,
          type,
          mentions,
          new ArrayList<>(surfaceForms),
          new ArrayList<>(roles),
          0,
          "neutral",
          0);
    }
  }
}
