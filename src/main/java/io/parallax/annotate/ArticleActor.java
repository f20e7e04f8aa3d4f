package io.parallax.annotate;

import java.util.List;

/**
 * An actor of one article: its canonical id (stable across articles, outlets and runs), display
 * name, type (`person`, `organization`, `location`), how often the article mentions it, the surface
 * forms used, the role or label words attached to it, and the sentiment the article expresses
 * toward it: the mean over its scored mentions of P(positive) - P(negative) from {@link
 * ActorSentimentModel} (-1..1), the class with the highest mean probability, and how many mentions
 * were scored (0: none, sentiment 0 and label neutral).
 */
public record ArticleActor(
    String actorId,
    String name,
    String type,
    int mentionCount,
    List<String> surfaceForms,
    List<String> roles,
    double sentiment,
    String sentimentLabel,
    int sentimentMentions) {
  public ArticleActor {
    surfaceForms = List.copyOf(surfaceForms);
    roles = List.copyOf(roles);
  }

  ArticleActor withSentiment(double score, String label, int mentions) {
    return new ArticleActor(
        actorId, name, type, mentionCount, surfaceForms, roles, score, label, mentions);
  }
}
