package io.parallax.annotate;

/** One mention resolved to a canonical actor: where it is in the article text and whose it is. */
public record ActorMention(String actorId, String text, int charBegin, int charEnd) {}
