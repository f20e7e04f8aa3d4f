package io.parallax.annotate;

import java.util.List;

/** What the annotate stage found in one article: its sentences and its canonical actors. */
public record AnnotatedArticle(List<Sentence> sentences, List<ArticleActor> actors) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
  }
}
