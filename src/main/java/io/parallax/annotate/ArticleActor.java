package io.parallax.annotate;

import java.util.List;

/**
 * An actor of one article: its canonical id (stable across articles, outlets and runs), display
 * name, type (`person`, `organization`, `location`), how often the article mentions it, the surface
 * forms used, and the role or label words attached to it.
 */
public record ArticleActor(
    String actorId,
    String name,
    String type,
    int mentionCount,
    List<String> surfaceForms,
    List<String> roles) {
  public ArticleActor {
    surfaceForms = List.copyOf(surfaceForms);
    roles = List.copyOf(roles);
  }
}
