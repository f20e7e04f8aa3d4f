package io.parallax.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * The ingest stage's configuration.
 *
 * @param trustInputLanguage use a record's own two-letter `language` instead of detecting one
 * @param maxRawChars quarantine keeps at most this many characters of a raw record
 * @param extraStockLinePatterns more whole-line regular expressions for boilerplate lines to drop
 */
public record IngestSettings(
    boolean trustInputLanguage, int maxRawChars, List<String> extraStockLinePatterns)
    implements Serializable {

  public IngestSettings {
    extraStockLinePatterns = List.copyOf(extraStockLinePatterns);
    if (maxRawChars < 256) {
      throw new IllegalArgumentException("maxRawChars must be at least 256, got " + maxRawChars);
    }
  }

  public static IngestSettings defaults() {
    return new IngestSettings(true, 65_536, List.of());
  }
}
