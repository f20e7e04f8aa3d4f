package io.parallax.annotate;

/**
 * One quotation in an article. `kind` is `direct` (words inside quote marks; offsets are the words
 * without the marks) or `indirect` (reported speech: the clause a reporting verb or "according to"
 * introduces). The speaker is the canonical actor the text names, directly or through a pronoun or
 * a definite description ("the Russian diplomat"), or {@link #UNATTRIBUTED}; `speakerText` is the
 * words that name the speaker as written, even when they resolve to no actor ("sources"), and its
 * offsets are -1 when there are none. `cue` is the reporting verb as written ("stated", "according
 * to"), empty when the speaker comes from a neighbouring quote.
 */
public record Quote(
    int index,
    String kind,
    int charBegin,
    int charEnd,
    String text,
    int wordCount,
    int sentenceIndex,
    String speakerActorId,
    String speakerText,
    int speakerBegin,
    int speakerEnd,
    String cue) {
  public static final String UNATTRIBUTED = "unattributed";
  public static final String DIRECT = "direct";
  public static final String INDIRECT = "indirect";

  public boolean attributed() {
    return !speakerActorId.equals(UNATTRIBUTED);
  }
}
