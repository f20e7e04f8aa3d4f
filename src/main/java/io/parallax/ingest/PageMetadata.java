package io.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an article page says about itself, read from the page as fetched (before any main-text
 * extraction changes the document): its headline, its language and its publication date. The date
 * is taken from the first of these that gives one Parallax can read: JSON-LD `datePublished` of a
 * `NewsArticle`/`Article` (also inside `@graph`), `article:published_time`, `itemprop=
 * datePublished`, `<time datetime>`, Dublin Core and other common meta names, and last the URL's
 * date path (`/2019/11/19/`).
 */
public final class PageMetadata {
  /** `published_at_source` values for a page. */
  public static final String FROM_PAGE = "page";

  public static final String FROM_URL = "url";
  public static final String FROM_CRAWL = "crawl";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");
  private static final List<String> META_DATE_NAMES =
      List.of(
          "article:published_time",
          "og:published_time",
          "datePublished",
          "DC.date.issued",
          "dc.date.issued",
          "DCTERMS.issued",
          "dcterms.created",
          "DC.date",
          "dc.date",
          "pubdate",
          "publishdate",
          "publish-date",
          "parsely-pub-date",
          "sailthru.date",
          "date");

  /** A publication date and where it came from. */
  public record Dated(Instant instant, String source) {}

  private PageMetadata() {}

  /** The page's publication date, if the page or its URL states one Parallax can read. */
  public static Optional<Dated> publishedAt(Document page, String url) {
    for (String candidate : pageDateCandidates(page)) {
      Optional<Instant> instant = PublishedAt.parse(candidate);
      if (instant.isPresent()) {
        return Optional.of(new Dated(instant.get(), FROM_PAGE));
      }
    }
    return urlDate(url).map(instant -> new Dated(instant, FROM_URL));
  }

  /** The headline: og:title, else JSON-LD headline, else the `<title>`. */
  public static String title(Document page) {
    String og = meta(page, "og:title");
    if (og != null) {
      return og;
    }
    for (JsonNode article : jsonLdArticles(page)) {
      if (article.path("headline").isTextual() && !article.path("headline").asText().isBlank()) {
        return article.path("headline").asText();
      }
    }
    return page.title().isBlank() ? null : page.title();
  }

  /** The two-letter code of `<html lang>`, if given. */
  public static String language(Document page) {
    String language = page.select("html[lang]").attr("lang").strip();
    return language.length() >= 2 ? language.substring(0, 2).toLowerCase(Locale.ROOT) : null;
  }

  static List<String> pageDateCandidates(Document page) {
    List<String> candidates = new ArrayList<>();
    for (JsonNode article : jsonLdArticles(page)) {
      if (article.path("datePublished").isTextual()) {
        candidates.add(article.path("datePublished").asText());
      }
    }
    for (String name : META_DATE_NAMES) {
      String value = meta(page, name);
      if (value != null) {
        candidates.add(value);
      }
    }
    for (Element e : page.select("[itemprop=datePublished]")) {
      candidates.add(
          e.hasAttr("datetime")
              ? e.attr("datetime")
              : e.hasAttr("content") ? e.attr("content") : e.text());
    }
    for (Element e : page.select("time[datetime]")) {
      candidates.add(e.attr("datetime"));
    }
    for (Element e : page.select("time")) {
      candidates.add(e.text());
    }
    return candidates;
  }

  /** The date in a URL's path (`/2019/11/19/`, `/20191119/`, `/2019-11-19-`), if any. */
  public static Optional<Instant> urlDate(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      Optional<Instant> date = PublishedAt.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** JSON-LD objects of an article type, at the top, in arrays and inside `@graph`. */
  private static List<JsonNode> jsonLdArticles(Document page) {
    List<JsonNode> articles = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collectArticles(JSON.readTree(script.data()), articles, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // a broken block says nothing; the next source is read
      }
    }
    return articles;
  }

  private static void collectArticles(JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectArticles(n, into, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isArticleType(node.path("@type"))) {
      into.add(node);
    }
    collectArticles(node.get("@graph"), into, depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && type.asText().matches("(?i).*(Article|BlogPosting|NewsArticle)");
  }

  private static String meta(Document page, String name) {
    for (Element meta : page.select("meta[content]")) {
      String key =
          meta.hasAttr("property")
              ? meta.attr("property")
              : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
      if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
        return meta.attr("content").strip();
      }
    }
    return null;
  }
}
