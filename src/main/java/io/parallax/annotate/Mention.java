package io.parallax.annotate;

/**
 * One named-entity mention as the tagger found it: its coarse type (PERSON, ORGANIZATION, LOCATION,
 * ...), its text, the role words written just before it in the sentence ("Deputy Foreign Minister"
 * before "Sergei Ryabkov"; empty when none), its character offsets in the article text, and the
 * word just before it in the sentence ("in" before "Moscow"; empty at a sentence's start).
 */
public record Mention(
    String type, String text, String roleBefore, int charBegin, int charEnd, String wordBefore) {
  public Mention(String type, String text, String roleBefore, int charBegin, int charEnd) {
    this(type, text, roleBefore, charBegin, charEnd, "");
  }
}
