package io.parallax.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One identity per outlet however a source spells it: news-please keeps `www.nytimes.com`, a WARC
 * URL gives `nytimes.com`, a feed may give `https://m.nytimes.com/` or `NYTimes.com`. A value that
 * is a host or URL has the key of its host, lower-case, without a trailing dot, a port or leading
 * `www.`, `m.`, `mobile.` or `amp.` labels, and that key is also its display name; any other value
 * is a name, shown as given (spaces collapsed) and keyed by its lower-case form.
 */
public final class OutletNames {
  private static final Pattern HOST_OR_URL =
      Pattern.compile(
          "(?i)(?:https?://(?:[^/@\\s]*@)?)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]\\.?(?::\\d+)?(?:[/?#]\\S*)?");

  /**
   * The host of an http(s) address that {@link URI} refuses (a '|', a space or '{' left unencoded
   * in its path, as crawls keep them): everything after the scheme and any user info, up to the
   * first '/', ':', '?' or '#'.
   */
  private static final Pattern LENIENT_HOST =
      Pattern.compile("(?i)^https?://(?:[^/@\\s]*@)?([a-z0-9.-]+)(?:[:/?#].*)?$");

  private static final Pattern MOBILE_OR_WWW_LABEL =
      Pattern.compile("^(?:www\\d*|m|mobile|amp)\\.");

  private OutletNames() {}

  /** The key that compares outlets: equal for every spelling of one outlet's host or name. */
  public static String key(String outlet) {
    return host(outlet)
        .orElseGet(() -> TextCleaner.normaliseSpace(nfc(outlet)).toLowerCase(Locale.ROOT));
  }

  /** What an analyst sees: the canonical host for a host or URL, else the name as given. */
  public static String display(String outlet) {
    return host(outlet).orElseGet(() -> TextCleaner.normaliseSpace(nfc(outlet)));
  }

  /** One form for one spelling: "Zéro" typed as e + combining accent or as é is one outlet. */
  private static String nfc(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** The canonical host of a URL (for an outlet taken from an article's address), if it has one. */
  public static Optional<String> hostOfUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null) {
      java.util.regex.Matcher lenient = LENIENT_HOST.matcher(url.strip());
      host = lenient.matches() && lenient.group(1).contains(".") ? lenient.group(1) : null;
    }
    return host == null ? Optional.empty() : Optional.of(canonicalHost(host));
  }

  private static Optional<String> host(String outlet) {
    String value = TextCleaner.normaliseSpace(outlet).strip();
    if (!HOST_OR_URL.matcher(value).matches()) {
      return Optional.empty();
    }
    String withScheme = value.matches("(?i)https?://.*") ? value : "http://" + value;
    return hostOfUrl(withScheme);
  }

  private static String canonicalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    // Keep at least a registrable-looking name: "m.co" stays.
    while (MOBILE_OR_WWW_LABEL.matcher(h).find() && h.indexOf('.') != h.lastIndexOf('.')) {
      h = h.substring(h.indexOf('.') + 1);
    }
    return h;
  }
}
