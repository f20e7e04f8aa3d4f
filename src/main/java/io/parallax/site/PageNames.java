package io.parallax.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * File names for the outlet pages: readable (lower-case letters, digits and dashes, at most {@value
 * #MAX_READABLE} characters, whatever the outlet's name holds), safe on every file system, and
 * distinct for distinct outlets. A name is the readable part and 48 bits of the name's SHA-256; in
 * the unlikely case that two outlets still share one, the later (in name order) gets a counter.
 */
final class PageNames {
  static final int MAX_READABLE = 40;
  private static final int HASH_HEX_DIGITS = 12;

  private PageNames() {}

  /** Each outlet's page name, without ".html". */
  static Map<String, String> forOutlets(Collection<String> outlets) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String outlet : new TreeSet<>(outlets)) {
      String base = readable(outlet) + "-" + hash(outlet);
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + "-" + n;
      }
      names.put(outlet, name);
    }
    return names;
  }

  static String readable(String outlet) {
    String base =
        outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (base.length() > MAX_READABLE) {
      base = base.substring(0, MAX_READABLE).replaceAll("-+$", "");
    }
    return base.isEmpty() ? "outlet" : base;
  }

  private static String hash(String outlet) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(outlet.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
