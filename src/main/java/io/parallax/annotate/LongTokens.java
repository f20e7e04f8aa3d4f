package io.parallax.annotate;

/**
 * Blanks out tokens no language has: a run of non-space characters longer than {@link
 * #MAX_TOKEN_CHARS} (a URL with its query, a base64 blob, one character repeated) becomes as many
 * spaces before CoreNLP reads the text. CoreNLP's memory grows with a token's length (a
 * 10,000-character word took 0.8 GB, 30,000 took 2.2 GB); the longest English words are under 50
 * characters. Offsets do not move, so sentences and quotes still point into the article's own text.
 */
public final class LongTokens {
  public static final int MAX_TOKEN_CHARS = 100;

  private LongTokens() {}

  public static String blankOut(String text) {
    StringBuilder out = null;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (i - start > MAX_TOKEN_CHARS) {
          if (out == null) {
            out = new StringBuilder(text);
          }
          for (int j = start; j < i; j++) {
            out.setCharAt(j, ' ');
          }
        }
        start = -1;
      }
    }
    return out == null ? text : out.toString();
  }
}
