package io.parallax.evaluate;

/**
 * One labelled target: a sentence, the target's character span in it, and the sentiment toward it
 * (0 negative, 1 neutral, 2 positive, the order of {@link
 * io.parallax.annotate.ActorSentimentModel#CLASSES}).
 */
public record SentimentExample(String sentence, int from, int to, int label) {}
