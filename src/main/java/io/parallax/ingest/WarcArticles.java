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
 *
 * <p>A record whose HTTP head cannot be parsed is `not_an_article`, and reading goes on: the WARC
 * header frames the record by length. A record whose WARC header cannot be parsed (stray bytes, an
 * extra blank line, a corrupt gzip member, a wrong length) is one `unreadable_file` row, and
 * reading resumes at the next record: the file is opened again behind the broken record and
 * searched for the next `WARC/` line (the next gzip member in a per-record gzipped file). Skipping
 * only blank lines loses nothing and makes no row.
 */
public final class WarcArticles implements Iterator<RawRecord> {
  /** Fewer words than this in the main text and the page is no article (an index, a stub). */
  static final int MIN_WORDS = 50;

  /** The same bar for scripts written without spaces between words. */
  static final int MIN_CHARS_UNSPACED = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Opens the file again at a byte offset, to read on behind a record that cannot be parsed. */
  @FunctionalInterface
  public interface Reopener {
    InputStream openAt(long offset) throws IOException;
  }

  /** How much of a parse error's message a quarantine reason keeps (it quotes the file's bytes). */
  private static final int MAX_ERROR_CHARS = 300;

  private final String sourceFile;
  private final Reopener file;
  private WarcReader reader;

  /** Where the current reader's stream starts in the file: jwarc counts from there. */
  private long readerStart;

  /** Where the last response returned starts in the file (-1 before the first). */
  private long lastResponseAt = -1;

  private long position;
  private RawRecord next;
  private boolean finished;

  /** Reads the file from its start, able to open it again to read on behind a broken record. */
  public WarcArticles(String sourceFile, Reopener file) throws IOException {
    this.sourceFile = sourceFile;
    this.file = file;
    this.reader = new WarcReader(file.openAt(0));
  }

  /** Reads a stream that cannot be opened again: a broken record ends it. */
  public WarcArticles(String sourceFile, InputStream in) throws IOException {
    this(sourceFile, offsetOnlyAtStart(in));
  }

  private static Reopener offsetOnlyAtStart(InputStream in) {
    return offset -> {
      if (offset != 0) {
        throw new IOException("the stream cannot be read again from byte " + offset);
      }
      return in;
    };
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
    while (true) {
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        RawRecord broken = readOnBehindBrokenRecord(e);
        if (broken != null || finished) {
          return broken;
        }
        continue;
      }
      if (record.isEmpty()) {
        return finish(null);
      }
      if (record.get() instanceof WarcResponse response) {
        position++;
        lastResponseAt = readerStart + reader.position();
        return RawRecord.of(sourceFile, position, InputFormat.WARC, recordOf(response));
      }
    }
  }

  /** The response as a contract record; one whose HTTP message cannot be read is no article. */
  private static String recordOf(WarcResponse response) {
    try {
      return toRecord(response);
    } catch (IOException | RuntimeException e) {
      return notAnArticle(
          safeTarget(response), "the HTTP response cannot be read: " + shortMessage(e));
    }
  }

  private static String safeTarget(WarcResponse response) {
    try {
      return response.target();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * Moves the reader to the next record behind the one that could not be parsed. Returns the
   * `unreadable_file` row that accounts for what was skipped, or null when only blank lines were
   * (nothing lost); {@link #finished} is set when no record follows.
   */
  private RawRecord readOnBehindBrokenRecord(Exception e) {
    long brokenAt = readerStart + reader.position();
    boolean gzip = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
    // Skipping the rest of a response already returned (its block cut short) loses nothing new.
    // In a gzipped file jwarc gives a gzip member's offset, which several records may share, so
    // there the broken record always gets its row: counted twice at worst, never lost unseen.
    boolean alreadyCounted = !gzip && brokenAt == lastResponseAt;
    closeQuietly();
    String reason = "the WARC record at byte " + brokenAt + " cannot be read: " + shortMessage(e);
    NextWarcRecord resumed;
    try {
      resumed = NextWarcRecord.find(file.openAt(brokenAt), brokenAt, gzip);
    } catch (IOException | RuntimeException reopenFailed) {
      resumed = null;
    }
    if (resumed == null) {
      finished = true;
      if (alreadyCounted) {
        return null;
      }
      position++;
      return RawRecord.unreadable(
          sourceFile, position, InputFormat.WARC, reason + "; no readable record follows it");
    }
    try {
      reader = new WarcReader(resumed.stream());
      readerStart = resumed.offset();
    } catch (IOException | RuntimeException unreadable) {
      finished = true;
      position++;
      return RawRecord.unreadable(
          sourceFile, position, InputFormat.WARC, reason + "; no readable record follows it");
    }
    if (resumed.skippedOnlyBlankLines() || alreadyCounted) {
      return null;
    }
    position++;
    return RawRecord.unreadable(
        sourceFile,
        position,
        InputFormat.WARC,
        reason + "; reading went on at the next record, at byte " + resumed.offset());
  }

  private static String shortMessage(Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.length() <= MAX_ERROR_CHARS
        ? message
        : message.substring(0, MAX_ERROR_CHARS) + "…";
  }

  private void closeQuietly() {
    try {
      reader.close();
    } catch (IOException | RuntimeException e) {
      // the records read so far stand
    }
  }

  private RawRecord finish(RawRecord last) {
    finished = true;
    closeQuietly();
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
    byte[] body =
        decoded(
            response.http().body().stream().readNBytes(MAX_PAGE_BYTES + 1),
            response.http().headers().first("Content-Encoding").orElse(""));
    if (body.length > MAX_PAGE_BYTES) {
      return notAnArticle(url, "page over " + MAX_PAGE_BYTES + " bytes");
    }
    Charset charset = charsetOf(type);
    try {
      return withPageId(fromHtml(url, new String(body, charset), crawled), url, body);
    } catch (StackOverflowError e) {
      // A page this deep is no article, and one page must not end the run.
      return notAnArticle(url, "the page is nested too deeply to read (stack overflow)");
    }
  }

  /**
   * The page's bytes with its HTTP Content-Encoding (gzip, deflate) undone, at most {@link
   * #MAX_PAGE_BYTES} + 1 of them (a bomb stops there); the bytes as they are when the encoding is
   * another or they do not decode (a server that names gzip and sends plain HTML).
   */
  static byte[] decoded(byte[] body, String contentEncoding) {
    String encoding = contentEncoding.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      java.io.InputStream in =
          switch (encoding) {
            case "gzip", "x-gzip" ->
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body));
            case "deflate" ->
                new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body));
            default -> null;
          };
      if (in == null) {
        return body;
      }
      try (in) {
        return in.readNBytes(MAX_PAGE_BYTES + 1);
      }
    } catch (IOException e) {
      return body;
    }
  }

  /**
   * The record with an id from the page as fetched (`w` and 32 hex digits of SHA-256 over the url
   * and the page's bytes): the extracted text is what the contract's derived id would hash, and it
   * changes whenever extraction improves, so a page read again by a later version would get a new
   * id. A not-an-article record is left as it is.
   */
  static String withPageId(String record, String url, byte[] page) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(record);
    if (node.has(RecordNormaliser.NOT_AN_ARTICLE_FIELD)) {
      return record;
    }
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      sha.update(url.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0x1f);
      sha.update(page);
      node.put("id", "w" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 32));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    return JSON.writeValueAsString(node);
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
    removeAltTextCaptions(page);
  }

  /** An image description shorter than this many words is no caption worth matching. */
  private static final int MIN_CAPTION_WORDS = 3;

  /**
   * Removes elements whose whole text is an image's {@code alt} text: a caption that repeats the
   * picture's description, whatever its markup is called ("The slimmer bezels of the new laptop" in
   * a plain span under the image). The story's own sentences are never an image's alt text.
   */
  static void removeAltTextCaptions(Document page) {
    java.util.Set<String> altTexts = new java.util.HashSet<>();
    for (Element image : page.select("img[alt]")) {
      String alt = captionKey(image.attr("alt"));
      if (TextCleaner.wordCount(alt) >= MIN_CAPTION_WORDS) {
        altTexts.add(alt);
      }
    }
    if (altTexts.isEmpty()) {
      return;
    }
    for (Element element : page.select("body *")) {
      if (element.parent() != null
          && isCaptionLike(element)
          && altTexts.contains(captionKey(element.text()))) {
        element.remove();
      }
    }
  }

  /**
   * Text that can be a caption: not a heading or a link, nor inside or around one (a related
   * story's thumbnail carries its headline as alt text, and the site's logo its name; removing
   * those leaves their boxes for Readability to take as text).
   */
  private static boolean isCaptionLike(Element element) {
    String name = element.normalName();
    return !name.equals("img")
        && !name.equals("a")
        && !name.matches("h[1-6]")
        && element.closest("a, h1, h2, h3, h4, h5, h6") == null
        && element.selectFirst("a, h1, h2, h3, h4, h5, h6") == null;
  }

  private static String captionKey(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
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
