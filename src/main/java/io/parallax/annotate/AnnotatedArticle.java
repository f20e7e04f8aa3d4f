package io.parallax.annotate;

import java.util.List;

/**
 * What the annotate stage found in one article: its sentences, canonical actors, the mentions that
 * name each actor (in text order), and quotations.
 */
public record AnnotatedArticle(
    List<Sentence> sentences,
    List<ArticleActor> actors,
    List<ActorMention> actorMentions,
    List<Quote> quotes) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    actorMentions = List.copyOf(actorMentions);
    quotes = List.copyOf(quotes);
  }
}
