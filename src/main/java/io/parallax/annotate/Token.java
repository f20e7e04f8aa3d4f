package io.parallax.annotate;

/**
 * One CoreNLP token as the quote rules see it: its text as written, part of speech (Penn tags),
 * lemma, coarse named-entity tag ("O" when none) and character offsets in the article text.
 */
public record Token(String text, String pos, String lemma, String ner, int begin, int end) {
  boolean isVerb() {
    return pos.startsWith("VB");
  }

  boolean isNoun() {
    return pos.startsWith("NN");
  }

  boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
