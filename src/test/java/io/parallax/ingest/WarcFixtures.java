package io.parallax.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small CC-NEWS-like WARC file built with jwarc: a news article page (with navigation, a related
 * links box and a footer around the story), a 404, an image, a near-empty section page, and the
 * request records a crawler writes beside them.
 */
public final class WarcFixtures {
  public static final String ARTICLE_URL = "https://www.example-news.com/world/geneva-talks";
  public static final String ARTICLE_TITLE = "US and Russia open security talks in Geneva";

  static final String ARTICLE_PAGE =
      """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
      <title>US and Russia open security talks in Geneva | Example News</title>
      <meta property="og:title" content="US and Russia open security talks in Geneva">
      <meta property="article:published_time" content="2022-01-10T08:30:00Z">
      </head><body>
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
      <a href="/subscribe">Subscribe to our newsletter</a></nav></header>
      <main><article>
      <h1>US and Russia open security talks in Geneva</h1>
      <p>Senior diplomats from the United States and Russia sat down in Geneva on Monday for talks
      on security in Europe, as tens of thousands of Russian troops remained near the border with
      Ukraine and both sides said they expected no quick breakthrough.</p>
      <p>Deputy Secretary of State Wendy Sherman led the American delegation, while Deputy Foreign
      Minister Sergei Ryabkov spoke for Moscow. Ryabkov told reporters that the first evening of
      discussions had been difficult but businesslike, and that Russia wanted legally binding
      guarantees.</p>
      <p>The meeting in Geneva is the first of three this week: NATO and Russia meet in Brussels on
      Wednesday, and the Organization for Security and Co-operation in Europe gathers in Vienna on
      Thursday.</p>
      </article>
      <aside class="related"><h3>Related</h3><ul><li><a href="/a">Markets close higher</a></li>
      <li><a href="/b">Storm hits the coast</a></li></ul></aside></main>
      <footer><p>Copyright 2022 Example News. All rights reserved.</p></footer>
      </body></html>
      """;

  private static final String SECTION_PAGE =
      "<html><head><title>World</title></head><body><nav><a href=\"/\">Home</a></nav>"
          + "<p>Latest world news.</p></body></html>";

  private WarcFixtures() {}

  /** Writes the fixture WARC (gzipped per record) to {@code file}. */
  public static Path write(Path file) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      exchange(writer, ARTICLE_URL, "200 OK", "text/html; charset=utf-8", bytes(ARTICLE_PAGE));
      exchange(
          writer,
          "https://www.example-news.com/gone",
          "404 Not Found",
          "text/html",
          bytes("<html>Not found</html>"));
      exchange(
          writer,
          "https://www.example-news.com/logo.jpg",
          "200 OK",
          "image/jpeg",
          new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});
      exchange(
          writer, "https://www.example-news.com/world", "200 OK", "text/html", bytes(SECTION_PAGE));
    }
    return file;
  }

  /** One response record carrying {@code http} (status line, headers, body) as it is. */
  public static byte[] responseRecord(String url, String http, WarcCompression compression)
      throws IOException {
    return responseRecord(url, bytes(http), compression);
  }

  /** One response record carrying the HTTP message's bytes as they are. */
  public static byte[] responseRecord(String url, byte[] http, WarcCompression compression)
      throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      writer.write(
          new WarcResponse.Builder(URI.create(url))
              .recordId(recordId("response", url))
              .date(Instant.parse("2022-01-10T12:00:00Z"))
              .body(MediaType.HTTP_RESPONSE, http)
              .build());
    }
    return out.toByteArray();
  }

  /** An HTTP 200 response with an article page of the given title and paragraph. */
  public static String articleResponse(String title, String paragraph) {
    String page =
        "<html lang=\"en\"><head><title>"
            + title
            + "</title></head><body><article><p>"
            + paragraph
            + "</p><p>"
            + paragraph
            + "</p></article></body></html>";
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + bytes(page).length
        + "\r\n\r\n"
        + page;
  }

  private static void exchange(
      WarcWriter writer, String url, String status, String contentType, byte[] body)
      throws IOException {
    Instant crawled = Instant.parse("2022-01-10T12:00:00Z");
    byte[] request =
        bytes(
            "GET "
                + URI.create(url).getPath()
                + " HTTP/1.1\r\nHost: "
                + URI.create(url).getHost()
                + "\r\n\r\n");
    writer.write(
        new WarcRequest.Builder(URI.create(url))
            .recordId(recordId("request", url))
            .date(crawled)
            .body(MediaType.HTTP_REQUEST, request)
            .build());
    byte[] head =
        bytes(
            "HTTP/1.1 "
                + status
                + "\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n");
    byte[] http = new byte[head.length + body.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    writer.write(
        new WarcResponse.Builder(URI.create(url))
            .recordId(recordId("response", url))
            .date(crawled)
            .body(MediaType.HTTP_RESPONSE, http)
            .build());
  }

  /**
   * A record id made from the record's type and URL, not jwarc's random one: the same fixture is
   * the same bytes on every run, so a test that cuts or flips its compressed bytes at a fixed place
   * always hits the same record.
   */
  private static java.util.UUID recordId(String type, String url) {
    return java.util.UUID.nameUUIDFromBytes(bytes(type + " " + url));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
