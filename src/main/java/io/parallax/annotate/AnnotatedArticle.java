package io.parallax.annotate;

import java.util.List;

/** What the annotate stage found in one article: its sentences, canonical actors and quotations. */
public record AnnotatedArticle(
    List<Sentence> sentences, List<ArticleActor> actors, List<Quote> quotes) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
  }
}
