package io.parallax.annotate;

/**
 * One named-entity mention as the tagger found it: its coarse type (PERSON, ORGANIZATION, LOCATION,
 * ...), its text, the role words written just before it in the sentence ("Deputy Foreign Minister"
 * before "Sergei Ryabkov"; empty when none), and its character offsets in the article text.
 */
public record Mention(String type, String text, String roleBefore, int charBegin, int charEnd) {}
