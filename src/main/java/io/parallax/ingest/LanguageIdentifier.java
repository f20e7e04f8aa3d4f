package io.parallax.ingest;

/**
 * Tells the language of a text as an ISO 639-1 code, or {@value #UNDETERMINED} when it cannot tell.
 */
public interface LanguageIdentifier {
  String UNDETERMINED = "und";

  String identify(String text);
}
