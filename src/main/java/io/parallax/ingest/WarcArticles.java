package io.parallax.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (CC-NEWS: one HTTP response per page, gzipped per record or not) into raw
 * records, one per response record, lazily: each becomes a contract record (outlet from the host,
 * `www.` dropped; url; title; text: the page's main content as Readability (readability4j) finds
 * it, one paragraph per line; published_at from the page's own metadata, else the crawl time), or,
 * when it is no article (not HTTP 200, not HTML, no main text), a record that ingest quarantines as
 * `not_an_article` with the reason. Request, metadata and warcinfo records are not candidates and
 * are not counted. Position: the response's 1-based index among the file's responses.
 */
public final class WarcArticles implements Iterator<RawRecord> {
  /** Fewer words than this in the main text and the page is no article (an index, a stub). */
  static final int MIN_WORDS = 50;

  /** The same bar for scripts written without spaces between words. */
  static final int MIN_CHARS_UNSPACED = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String sourceFile;
  private final WarcReader reader;
  private long position;
  private RawRecord next;
  private boolean finished;

  public WarcArticles(String sourceFile, InputStream in) throws IOException {
    this.sourceFile = sourceFile;
    this.reader = new WarcReader(in);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord record = next;
    next = null;
    return record;
  }

  private RawRecord readNext() {
    try {
      for (Optional<WarcRecord> record = reader.next();
          record.isPresent();
          record = reader.next()) {
        if (record.get() instanceof WarcResponse response) {
          position++;
          return RawRecord.of(sourceFile, position, InputFormat.WARC, toRecord(response));
        }
      }
      return finish(null);
    } catch (IOException | RuntimeException e) {
      return finish(
          RawRecord.unreadable(
              sourceFile, position + 1, InputFormat.WARC, "could not read the WARC file: " + e));
    }
  }

  private RawRecord finish(RawRecord last) {
    finished = true;
    try {
      reader.close();
    } catch (IOException e) {
      // the records read so far stand
    }
    return last;
  }

  /** 16 MiB: a news page with all its markup is a few hundred kilobytes. */
  static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  private static String toRecord(WarcResponse response) throws IOException {
    String url = response.target();
    int status = response.http().status();
    MediaType type = response.http().contentType();
    String crawled = response.date().toString();
    if (status != 200) {
      return notAnArticle(url, "HTTP status " + status);
    }
    if (!type.base().equals(MediaType.HTML.base())
        && !type.base().equals(MediaType.parse("application/xhtml+xml").base())) {
      return notAnArticle(url, "content type " + type.base() + ", not HTML");
    }
    // Only an HTML page's body is read, and at most MAX_PAGE_BYTES of it (a gzip bomb, a dump).
    byte[] body = response.http().body().stream().readNBytes(MAX_PAGE_BYTES + 1);
    if (body.length > MAX_PAGE_BYTES) {
      return notAnArticle(url, "page over " + MAX_PAGE_BYTES + " bytes");
    }
    Charset charset = charsetOf(type);
    try {
      return fromHtml(url, new String(body, charset), crawled);
    } catch (StackOverflowError e) {
      // A page this deep is no article, and one page must not end the run.
      return notAnArticle(url, "the page is nested too deeply to read (stack overflow)");
    }
  }

  /**
   * The contract record of an HTML page, or a not-an-article record. The page's own metadata is
   * read first, from the page as fetched, since Readability changes the document it extracts from.
   */
  public static String fromHtml(String url, String html, String crawled) {
    Document page = Jsoup.parse(html, url);
    int depth = depth(page);
    if (depth > MAX_DEPTH) {
      return notAnArticle(
          url,
          "elements nested "
              + depth
              + " deep, more than "
              + MAX_DEPTH
              + ": no news page is, and Readability would overflow its stack on it");
    }
    String title = PageMetadata.title(page);
    Optional<PageMetadata.Dated> published = PageMetadata.publishedAt(page, url);
    String language = PageMetadata.language(page);
    String text = mainText(url, page);
    if (!enoughText(text)) {
      return notAnArticle(
          url,
          "no main text of "
              + MIN_WORDS
              + " words ("
              + MIN_CHARS_UNSPACED
              + " characters in a script without spaces) or more");
    }
    ObjectNode record = JSON.createObjectNode();
    record.put("outlet", outletOf(url));
    record.put("url", url);
    if (title != null) {
      record.put("title", title.strip());
    }
    record.put("text", text);
    record.put("published_at", published.map(d -> d.instant().toString()).orElse(crawled));
    record.put(
        "published_at_source",
        published.map(PageMetadata.Dated::source).orElse(PageMetadata.FROM_CRAWL));
    if (language != null) {
      record.put("language", language);
    }
    return record.toString();
  }

  /**
   * Readability's main text; when it finds too little (only the title, as on some Al Jazeera
   * pages), the page's own paragraphs inside its `article` or `main` element, else the body's.
   */
  static String mainText(String url, Document page) {
    Document withoutFurniture = page.clone();
    removeFurniture(withoutFurniture);
    Article article = new Readability4J(url, withoutFurniture).parse();
    String text = article.getContent() == null ? "" : paragraphs(Jsoup.parse(article.getContent()));
    if (enoughText(text)) {
      return text;
    }
    Document copy = page.clone();
    copy.select(
            "script, style, noscript, nav, aside, footer, header, form, figure, figcaption, button")
        .remove();
    Element scope = copy.selectFirst("article");
    if (scope == null) {
      scope = copy.selectFirst("main, [role=main]");
    }
    if (scope == null) {
      scope = copy.body();
    }
    StringBuilder fallback = new StringBuilder();
    for (Element p : scope.select("p")) {
      String line = p.text().strip();
      if (TextCleaner.wordCount(line) >= 8 || unspacedLetters(line) >= 20) {
        fallback.append(line).append('\n');
      }
    }
    String second = fallback.toString().strip();
    return second.length() > text.length() ? second : text;
  }

  /**
   * Parts of a class or id that name page furniture, not reporting: photo captions and credits,
   * links to other stories, share and follow buttons, newsletter and subscription boxes, ads,
   * comments, author boxes, video players. A name counts when one of its '-'/'_'-separated parts is
   * one of these ("related-stories", "article__caption", "social-share").
   */
  private static final java.util.Set<String> FURNITURE_NAME_PARTS =
      java.util.Set.of(
          "caption",
          "captions",
          "credit",
          "credits",
          "related",
          "promo",
          "promos",
          "newsletter",
          "share",
          "sharing",
          "social",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "outbrain",
          "taboola",
          "teaser",
          "teasers",
          "recommended",
          "subscribe",
          "subscription",
          "signup",
          "comments",
          "bio",
          "video",
          "player",
          "gallery",
          "slideshow");

  /** An element holding more than this share of the page's text is never taken as furniture. */
  private static final double MAX_FURNITURE_SHARE = 0.4;

  /**
   * Removes elements whose class or id names page furniture (before Readability reads the page,
   * which keeps captions and related-story boxes that sit inside the article). The page's own frame
   * (html, body, article, main) and any element with most of its text stay.
   */
  static void removeFurniture(Document page) {
    int pageText = page.body() == null ? 0 : page.body().text().length();
    for (Element element : page.select("[class], [id]")) {
      if (element.parent() == null
          || java.util.Set.of("html", "body", "article", "main").contains(element.normalName())) {
        continue;
      }
      if (!namesFurniture(element.className()) && !namesFurniture(element.id())) {
        continue;
      }
      if (pageText > 0 && element.text().length() > MAX_FURNITURE_SHARE * pageText) {
        continue;
      }
      element.remove();
    }
  }

  static boolean namesFurniture(String names) {
    for (String name : names.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      for (String part : name.split("[-_]+")) {
        if (FURNITURE_NAME_PARTS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** 50 words, or for Chinese, Japanese, Thai and other scripts without spaces 100 characters. */
  static boolean enoughText(String text) {
    return text.split("\\s+").length >= MIN_WORDS || unspacedLetters(text) >= MIN_CHARS_UNSPACED;
  }

  private static long unspacedLetters(String text) {
    return text.codePoints()
        .filter(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.HAN
                  || script == Character.UnicodeScript.HIRAGANA
                  || script == Character.UnicodeScript.KATAKANA
                  || script == Character.UnicodeScript.THAI
                  || script == Character.UnicodeScript.LAO
                  || script == Character.UnicodeScript.KHMER
                  || script == Character.UnicodeScript.MYANMAR;
            })
        .count();
  }

  /**
   * The deepest element nesting a page may have: news pages nest a few dozen deep, and Readability
   * (recursive) overflowed its stack at 20,000, ending the whole run.
   */
  static final int MAX_DEPTH = 1000;

  /** How deep the page's elements nest, counted without recursion. */
  static int depth(Document page) {
    int[] deepest = {0};
    org.jsoup.select.NodeTraversor.traverse(
        (node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
    return deepest[0];
  }

  private static String notAnArticle(String url, String why) {
    ObjectNode record = JSON.createObjectNode();
    record.put("url", url);
    record.put(RecordNormaliser.NOT_AN_ARTICLE_FIELD, why);
    return record.toString();
  }

  /**
   * The main content's text, one block per line: every block element (paragraphs, headings, list
   * items, and the `div`s some sites write paragraphs in) breaks a line, and inline elements, links
   * included, stay in their sentence.
   */
  private static String paragraphs(Document content) {
    // Readability wraps a div's loose text in <p style="display: inline">: inline, no paragraph.
    content.select("p[style*=inline]").tagName("span");
    content.select("h1").remove(); // the headline: the record's title

    StringBuilder text = new StringBuilder();
    for (String line : TextCleaner.htmlToText(content.body().html()).split("\n")) {
      String paragraph = TextCleaner.normaliseSpace(line);
      if (!paragraph.isEmpty()) {
        text.append(paragraph).append('\n');
      }
    }
    return text.toString().strip();
  }

  static String outletOf(String url) {
    return OutletNames.hostOfUrl(url).orElse(url);
  }

  private static Charset charsetOf(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
