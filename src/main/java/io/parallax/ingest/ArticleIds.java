package io.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids and content hashes: deterministic, so the same input gets the same id on every run.
 */
public final class ArticleIds {
  private static final char SEPARATOR = '\u001f';

  private ArticleIds() {}

  /**
   * The id of a record that has none: "h" and 32 hex digits of SHA-256 over the outlet key, the url
   * (else the title, else nothing) and the raw text with line endings normalised. The raw text is
   * used, not the cleaned text, so that better cleaning in a later version does not change ids.
   */
  public static String derive(String outlet, String url, String title, String rawText) {
    String locator = url != null ? url.trim() : title != null ? title.trim() : "";
    String material =
        outletKey(outlet) + SEPARATOR + locator + SEPARATOR + rawText.replace("\r\n", "\n").strip();
    return "h" + sha256Hex(material).substring(0, 32);
  }

  /** How outlets are compared: case-folded, surrounding space and a leading "www." removed. */
  public static String outletKey(String outlet) {
    String key = outlet.strip().toLowerCase(Locale.ROOT);
    return key.startsWith("www.") ? key.substring(4) : key;
  }

  /** SHA-256 of the cleaned text, lower-case hex. */
  public static String contentHash(String text) {
    return sha256Hex(text);
  }

  private static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
