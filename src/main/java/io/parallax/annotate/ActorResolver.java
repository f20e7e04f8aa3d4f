package io.parallax.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups an article's entity mentions into canonical actors. Persons: role words are split off
 * ({@link ActorNames#splitRole}), full names are keyed by folded surname and first initial, and a
 * surname alone joins the full name in the same article that ends with it. Organisations and
 * places: aliases resolved ({@link ActorNames#placeOrBodyKey}); the type is the one most mentions
 * carry. City names used for a government ("Washington", "Moscow") stay places: metonymy is not
 * resolved. Pronouns and other entity types (dates, numbers, MISC) are not actors.
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
    Map<Mention, String> actorOf = new LinkedHashMap<>();
    Map<String, Builder> persons = new LinkedHashMap<>();
    List<Mention> surnamesAlone = new ArrayList<>();
    Map<String, Builder> entities = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      String type = mention.type();
      if (isPronoun(mention.text())) {
        continue;
      }
      if (type.equals("PERSON")) {
        ActorNames.PersonName name = ActorNames.splitRole(ActorNames.tokens(mention.text()));
        if (name.name().size() == 1) {
          surnamesAlone.add(mention);
        } else {
          persons
              .computeIfAbsent(
                  "person:" + ActorNames.personKey(name), id -> new Builder(id, "person"))
              .add(mention, name.nameText(), role(mention.roleBefore(), name.roleText()), actorOf);
        }
      } else if (type.equals("ORGANIZATION") || type.equals("LOCATION")) {
        String key = ActorNames.placeOrBodyKey(mention.text());
        if (!key.isEmpty()) {
          entities
              .computeIfAbsent("entity:" + key, id -> new Builder(id, null))
              .add(mention, mention.text(), mention.roleBefore(), actorOf)
              .countType(type.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (Mention mention : surnamesAlone) {
      ActorNames.PersonName name = ActorNames.splitRole(ActorNames.tokens(mention.text()));
      String surname = ActorNames.fold(name.surname());
      Builder match = null;
      for (Builder person : persons.values()) {
        if (person.actorId.startsWith("person:" + surname + "|")) {
          match = person;
          break;
        }
      }
      if (match == null) {
        match = persons.computeIfAbsent("person:" + surname, id -> new Builder(id, "person"));
      }
      match.add(mention, name.nameText(), role(mention.roleBefore(), name.roleText()), actorOf);
    }
    List<ArticleActor> actors = new ArrayList<>();
    persons.values().forEach(b -> actors.add(b.build()));
    entities.values().forEach(b -> actors.add(b.build()));
    return new Resolution(actors, actorOf);
  }

  /** "he", "He", "them"; not "US", which is a country. */
  private static boolean isPronoun(String text) {
    return PRONOUNS.contains(text.toLowerCase(Locale.ROOT))
        && !text.equals(text.toUpperCase(Locale.ROOT));
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
    private String name = "";
    private int mentions;

    Builder(String actorId, String fixedType) {
      this.actorId = actorId;
      this.fixedType = fixedType;
    }

    Builder add(Mention mention, String nameForm, String role, Map<Mention, String> actorOf) {
      actorOf.put(mention, actorId);
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
