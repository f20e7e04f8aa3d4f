package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcArticlesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void eachResponseIsOneRecordAndTheArticleKeepsOnlyItsStory() throws Exception {
    Path warc = WarcFixtures.write(dir.resolve("cc-news.warc.gz"));
    List<RawRecord> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(warc)) {
      new WarcArticles(warc.toString(), in).forEachRemaining(records::add);
    }

    // Four responses; the requests beside them are no candidates.
    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records).extracting(RawRecord::format).containsOnly("warc");
    JsonNode article = JSON.readTree(records.get(0).raw());
    assertThat(article.path("outlet").asText()).isEqualTo("example-news.com");
    assertThat(article.path("url").asText()).isEqualTo(WarcFixtures.ARTICLE_URL);
    assertThat(article.path("title").asText()).isEqualTo(WarcFixtures.ARTICLE_TITLE);
    assertThat(article.path("published_at").asText()).isEqualTo("2022-01-10T08:30:00Z");
    assertThat(article.path("language").asText()).isEqualTo("en");
    assertThat(article.path("text").asText())
        .contains("Senior diplomats from the United States and Russia", "businesslike", "Vienna")
        .doesNotContain("Subscribe to our newsletter", "Copyright 2022", "Storm hits the coast");
    assertThat(article.path("text").asText().lines()).hasSize(3);

    assertThat(JSON.readTree(records.get(1).raw()).path("not_an_article").asText())
        .isEqualTo("HTTP status 404");
    assertThat(JSON.readTree(records.get(2).raw()).path("not_an_article").asText())
        .isEqualTo("content type image/jpeg, not HTML");
    assertThat(JSON.readTree(records.get(3).raw()).path("not_an_article").asText())
        .startsWith("no main text");
  }

  private static final String PARAGRAPH =
      "The harbour board of Brindleford voted on Tuesday to widen the northern channel, a plan that"
          + " fishermen have opposed for two years because of the dredging it needs, and the chair"
          + " said the work would start in the spring and end before the summer season.";

  private static byte[] page(int n, WarcCompression compression) throws Exception {
    return WarcFixtures.responseRecord(
        "https://example.org/story-" + n,
        WarcFixtures.articleResponse("Story " + n, PARAGRAPH),
        compression);
  }

  private List<RawRecord> readFile(byte[]... parts) throws Exception {
    Path warc = dir.resolve("parts.warc");
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.write(part);
    }
    Files.write(warc, all.toByteArray());
    List<RawRecord> records = new ArrayList<>();
    new WarcArticles(
            warc.toString(),
            offset -> {
              InputStream in = Files.newInputStream(warc);
              in.skipNBytes(offset);
              return in;
            })
        .forEachRemaining(records::add);
    return records;
  }

  private static String titleOf(RawRecord record) throws Exception {
    return JSON.readTree(record.raw()).path("title").asText();
  }

  @Test
  void aPagesIdComesFromItsUrlAndBytesNotFromTheExtractedText() throws Exception {
    String page =
        "<html><body><article><p>"
            + PARAGRAPH
            + "</p><p>"
            + PARAGRAPH
            + "</p></article></body></html>";
    String article = WarcArticles.fromHtml("https://example.org/a", page, "2022-01-10T12:00:00Z");
    // The same page whose extraction came out differently (a later version's) keeps its id.
    String extractedOtherwise =
        ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(article))
            .put("text", "Another extraction of the same page.")
            .toString();
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    String id =
        JSON.readTree(WarcArticles.withPageId(article, "https://example.org/a", bytes))
            .path("id")
            .asText();
    assertThat(id).matches("w[0-9a-f]{32}");
    assertThat(
            JSON.readTree(
                    WarcArticles.withPageId(extractedOtherwise, "https://example.org/a", bytes))
                .path("id")
                .asText())
        .isEqualTo(id);
    assertThat(
            JSON.readTree(WarcArticles.withPageId(article, "https://example.org/b", bytes))
                .path("id")
                .asText())
        .isNotEqualTo(id);
  }

  @Test
  void anExtraBlankLineBetweenRecordsLosesNothingAndMakesNoRow() throws Exception {
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    List<RawRecord> records =
        readFile(page(1, WarcCompression.NONE), crlf, page(2, WarcCompression.NONE));
    assertThat(records).hasSize(2);
    assertThat(titleOf(records.get(1))).isEqualTo("Story 2");
  }

  @Test
  void strayBytesBetweenRecordsAreOneUnreadableRowAndTheNextRecordIsRead() throws Exception {
    byte[] junk = "GARBAGE FROM A BROKEN COPY\r\n".getBytes(StandardCharsets.US_ASCII);
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.NONE),
            junk,
            page(2, WarcCompression.NONE),
            page(3, WarcCompression.NONE));
    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records.get(1).readError()).isNotNull();
    assertThat(records.get(1).readError())
        .contains("cannot be read")
        .contains("reading went on at the next record");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 2");
    assertThat(titleOf(records.get(3))).isEqualTo("Story 3");
  }

  @Test
  void aResponseWithABrokenHttpHeadIsNoArticleAndTheNextIsRead() throws Exception {
    byte[] broken =
        WarcFixtures.responseRecord(
            "https://example.org/bad",
            "HTTP/1.1 OK\r\nContent-Type: text/html\r\n\r\n<html></html>",
            WarcCompression.NONE);
    List<RawRecord> records =
        readFile(page(1, WarcCompression.NONE), broken, page(2, WarcCompression.NONE));
    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L);
    assertThat(JSON.readTree(records.get(1).raw()).path("not_an_article").asText())
        .startsWith("the HTTP response cannot be read");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 2");
  }

  @Test
  void aCorruptGzipMemberIsOneUnreadableRowAndTheMembersAfterItAreRead() throws Exception {
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.GZIP),
            corrupted(page(2, WarcCompression.GZIP)),
            page(3, WarcCompression.GZIP));
    assertThat(records).hasSize(3);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
    assertThat(records.get(1).readError()).isNotNull();
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  @Test
  void aBrokenRecordAfterAGzipMemberOfTwoRecordsHasItsRow() throws Exception {
    java.io.ByteArrayOutputStream two = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(two)) {
      gzip.write(page(1, WarcCompression.NONE));
      gzip.write(page(2, WarcCompression.NONE));
    }
    java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(broken)) {
      gzip.write(
          "WARC/1.0\r\nWARC-Type: response\r\nNot a header line\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
    }
    List<RawRecord> records =
        readFile(two.toByteArray(), broken.toByteArray(), page(3, WarcCompression.GZIP));
    assertThat(records).filteredOn(r -> r.readError() != null).hasSize(1);
    assertThat(records).filteredOn(r -> r.readError() == null).hasSizeGreaterThanOrEqualTo(2);
  }

  private static byte[] gzipped(byte[]... parts) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
      for (byte[] part : parts) {
        gzip.write(part);
      }
    }
    return out.toByteArray();
  }

  private static final byte[] BROKEN_RECORD =
      "WARC/1.0\r\nWARC-Type: response\r\nNot a header line\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void aBrokenRecordInAFileGzippedWholeLosesOnlyItself() throws Exception {
    // One gzip member for the whole file: the records behind the broken one are still read.
    List<RawRecord> records =
        readFile(
            gzipped(
                page(1, WarcCompression.NONE),
                BROKEN_RECORD,
                page(2, WarcCompression.NONE),
                page(3, WarcCompression.NONE)));
    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
    assertThat(records.get(1).readError()).contains("of the decompressed file");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 2");
    assertThat(titleOf(records.get(3))).isEqualTo("Story 3");
  }

  @Test
  void aBrokenRecordAtTheEndOfAGzipMemberLosesNotTheNextMember() throws Exception {
    List<RawRecord> records =
        readFile(
            gzipped(page(1, WarcCompression.NONE), BROKEN_RECORD), page(2, WarcCompression.GZIP));
    assertThat(records).hasSize(3);
    assertThat(records.get(1).readError()).contains("reading went on at the next record");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 2");
  }

  @Test
  void paddingBetweenAndAfterGzipMembersLosesNothingAndMakesNoRow() throws Exception {
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.GZIP),
            "\r\n".getBytes(StandardCharsets.US_ASCII),
            page(2, WarcCompression.GZIP),
            new byte[4096]);
    assertThat(records).extracting(RawRecord::readError).containsOnlyNulls();
    assertThat(records).hasSize(2);
  }

  @Test
  void aFileGzippedWholeAndCutShortKeepsTheRecordsBeforeTheCut() throws Exception {
    byte[] whole =
        gzipped(
            page(1, WarcCompression.NONE),
            page(2, WarcCompression.NONE),
            page(3, WarcCompression.NONE));
    // Cut inside the last page's data (and its checksum): pages 1 and 2 are whole.
    List<RawRecord> records = readFile(java.util.Arrays.copyOf(whole, whole.length - 20));
    assertThat(records).hasSize(3);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
    assertThat(titleOf(records.get(1))).isEqualTo("Story 2");
    assertThat(records.get(2).readError()).contains("cannot be decompressed");
  }

  /** The gzip member with its deflate stream, not its header, scrambled. */
  private static byte[] corrupted(byte[] member) {
    byte[] copy = member.clone();
    for (int i = 20; i < copy.length - 20; i++) {
      copy[i] ^= 0x5a;
    }
    return copy;
  }

  @Test
  void aMemberWhoseChecksumFailsGivesNoneOfItsRecords() throws Exception {
    // Any of its bytes may be wrong: its records are not read as articles with altered text.
    byte[] two = gzipped(page(1, WarcCompression.NONE), page(2, WarcCompression.NONE));
    two[two.length - 8] ^= 0x01; // the CRC-32 in the trailer
    List<RawRecord> records = readFile(two, page(3, WarcCompression.GZIP));
    assertThat(records).hasSize(2);
    assertThat(records.get(0).readError()).contains("checksum does not match");
    assertThat(titleOf(records.get(1))).isEqualTo("Story 3");
  }

  @Test
  void aRecordRunningAcrossADamagedMemberIsOneRowNotTwoRecordsSplicedTogether() throws Exception {
    // Three records in members of 200 bytes; two members inside page 2 fail their checksum. Page
    // 2 is lost with one row (not an article of its first part and page 3's head, nor a row for
    // each damaged member), page 3 is read.
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(page(1, WarcCompression.NONE));
    int secondStarts = all.size();
    all.write(page(2, WarcCompression.NONE));
    all.write(page(3, WarcCompression.NONE));
    byte[] pages = all.toByteArray();
    java.io.ByteArrayOutputStream members = new java.io.ByteArrayOutputStream();
    int damagedMember = secondStarts / 200 + 2;
    for (int at = 0, index = 0; at < pages.length; at += 200, index++) {
      byte[] member =
          gzipped(java.util.Arrays.copyOfRange(pages, at, Math.min(pages.length, at + 200)));
      if (index == damagedMember || index == damagedMember + 2) {
        assertThat(at + 200).isLessThan(pages.length - page(3, WarcCompression.NONE).length);
        member[member.length - 8] ^= 0x01; // its CRC-32
      }
      members.write(member);
    }
    List<RawRecord> records = readFile(members.toByteArray());
    assertThat(records).hasSize(3);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
    assertThat(records.get(1).readError()).contains("checksum does not match");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  @Test
  void aContentLengthRunningOverTheNextGzipMemberLosesNeitherRecordToTheOther() throws Exception {
    // Per-record gzip: page 1's Content-Length says its block runs on over page 2's member. The
    // member boundary where page 2's header starts ends page 1: page 1 has its row, page 2 is read.
    String first = new String(page(1, WarcCompression.NONE), StandardCharsets.ISO_8859_1);
    int blockLength = Integer.parseInt(first.replaceFirst("(?s).*Content-Length: (\\d+).*", "$1"));
    int swallow = page(2, WarcCompression.NONE).length;
    byte[] tooLong =
        first
            .replaceFirst("Content-Length: \\d+", "Content-Length: " + (blockLength + swallow))
            .getBytes(StandardCharsets.ISO_8859_1);
    List<RawRecord> records =
        readFile(gzipped(tooLong), page(2, WarcCompression.GZIP), page(3, WarcCompression.GZIP));
    assertThat(records).hasSize(3);
    assertThat(records.get(0).readError() != null || isNotAnArticle(records.get(0))).isTrue();
    assertThat(titleOf(records.get(1))).isEqualTo("Story 2");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  /** A whole WARC record of http://evil.example/injected, as a page may quote one in its text. */
  private static String injectedRecord() throws Exception {
    return new String(
        WarcFixtures.responseRecord(
            "http://evil.example/injected",
            WarcFixtures.articleResponse("Injected", PARAGRAPH),
            WarcCompression.NONE),
        StandardCharsets.ISO_8859_1);
  }

  /**
   * A response record whose header has a line without a colon (unparseable) and whose page quotes a
   * whole WARC record of {@code http://evil.example/injected}; with or without its own
   * Content-Length line.
   */
  private static byte[] brokenRecordQuotingARecord(boolean withContentLength) throws Exception {
    String quoted = injectedRecord();
    String http = WarcFixtures.articleResponse("Quoting page", PARAGRAPH + "\r\n\r\n" + quoted);
    byte[] block = http.getBytes(StandardCharsets.ISO_8859_1);
    String header =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/quoting\r\n"
            + "A header line without a colon\r\n"
            + (withContentLength ? "Content-Length: " + block.length + "\r\n" : "")
            + "\r\n";
    return (header + http + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aRecordQuotedInABrokenRecordsPageIsNotReadAsARecordOfTheFile() throws Exception {
    // Plain WARC: the broken record's own Content-Length says where it ends.
    List<RawRecord> plain =
        readFile(
            page(1, WarcCompression.NONE),
            brokenRecordQuotingARecord(true),
            page(3, WarcCompression.NONE));
    // Gzipped per record, with no Content-Length: the next record's own member is where it ends.
    List<RawRecord> perRecord =
        readFile(
            page(1, WarcCompression.GZIP),
            gzipped(brokenRecordQuotingARecord(false)),
            page(3, WarcCompression.GZIP));
    for (List<RawRecord> records : List.of(plain, perRecord)) {
      assertThat(records).hasSize(3);
      assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
      assertThat(records.get(1).readError()).contains("cannot be read");
      assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
    }
  }

  /** A request record, as crawlers write one before each response. */
  private static byte[] request(int n) {
    String http = "GET /story-" + n + " HTTP/1.1\r\nHost: example.org\r\n\r\n";
    return ("WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://example.org/story-"
            + n
            + "\r\nWARC-Date: 2022-01-10T12:00:00Z\r\nContent-Type: application/http;"
            + " msgtype=request\r\nContent-Length: "
            + http.length()
            + "\r\n\r\n"
            + http
            + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void damagedResponsesWithRequestsBetweenThemHaveARowEach() throws Exception {
    // A crawler's layout: each response after its request, each record gzipped on its own.
    byte[] damaged2 = page(2, WarcCompression.GZIP);
    damaged2[damaged2.length - 8] ^= 0x01;
    byte[] damaged3 = page(3, WarcCompression.GZIP);
    damaged3[damaged3.length - 8] ^= 0x01;
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.GZIP),
            gzipped(request(2)),
            damaged2,
            gzipped(request(3)),
            damaged3,
            page(4, WarcCompression.GZIP));
    assertThat(records).hasSize(4);
    assertThat(records.get(1).readError()).contains("checksum");
    assertThat(records.get(2).readError()).contains("checksum");
    assertThat(titleOf(records.get(3))).isEqualTo("Story 4");
  }

  /** Page n with a WARC header line that has no colon: its header cannot be parsed. */
  private static byte[] withBrokenHeaderLine(int n) throws Exception {
    return new String(page(n, WarcCompression.NONE), StandardCharsets.ISO_8859_1)
        .replaceFirst("WARC-Type: response", "WARC-Type response")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void twoBrokenRecordsInARowHaveARowEachAndBlankBytesAtTheEndNone() throws Exception {
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.NONE),
            withBrokenHeaderLine(2),
            withBrokenHeaderLine(3),
            page(4, WarcCompression.NONE),
            "\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(records).hasSize(4);
    assertThat(records.get(1).readError()).contains("cannot be read");
    assertThat(records.get(2).readError()).contains("cannot be read");
    assertThat(titleOf(records.get(3))).isEqualTo("Story 4");
  }

  @Test
  void aGzipBlockThatStartsAtAWarcHeaderQuotedInAPageIsNoRecordsStart() throws Exception {
    // bgzip-style blocks, one of them starting at a record quoted in page 2's text: page 2 is read
    // whole, and the quoted record is no row of its own.
    String quoted = injectedRecord();
    byte[] quoting =
        WarcFixtures.responseRecord(
            "https://example.org/quoting",
            WarcFixtures.articleResponse(
                "Quoting page", PARAGRAPH + " " + quoted + " " + PARAGRAPH),
            WarcCompression.NONE);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(page(1, WarcCompression.NONE));
    all.write(quoting);
    all.write(page(3, WarcCompression.NONE));
    byte[] plain = all.toByteArray();
    String text = new String(plain, StandardCharsets.ISO_8859_1);
    int quotingAt = text.indexOf("WARC/1.0", 1);
    int quoteAt = text.indexOf("WARC/1.0", quotingAt + 1); // the quoted record's first line
    assertThat(text.substring(quoteAt, quoteAt + 400)).contains("evil.example");
    List<RawRecord> records =
        readFile(
            gzipped(java.util.Arrays.copyOfRange(plain, 0, quoteAt)),
            gzipped(java.util.Arrays.copyOfRange(plain, quoteAt, plain.length)));
    assertThat(records).hasSize(3);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
    assertThat(titleOf(records.get(1))).isEqualTo("Quoting page");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  @Test
  void aCorruptMemberInTheMiddleIsNotTakenForADownloadCutShort() throws Exception {
    // Page 2's member: a stored deflate block with the page, then a damaged block header that
    // claims 65,535 more stored bytes, so its data runs on over page 3's member to the end of the
    // file. Only a download cut off at the end looks like that honestly: in the middle of a file it
    // is corruption, and nothing of the member is given out.
    byte[] record = page(2, WarcCompression.NONE);
    java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
    member.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    member.write(new byte[] {0, (byte) record.length, (byte) (record.length >> 8)});
    member.write(new byte[] {(byte) ~record.length, (byte) (~record.length >> 8)});
    member.write(record);
    member.write(new byte[] {0, (byte) 0xff, (byte) 0xff, 0, 0});
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.GZIP), member.toByteArray(), page(3, WarcCompression.GZIP));
    assertThat(records).hasSize(3);
    assertThat(records.get(1).readError()).contains("corrupt");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  @Test
  void aFileGzippedWholeAndCutShortKeepsItsRecordsThoughBlankLinesSeparateThem() throws Exception {
    byte[] blank = "\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] whole =
        gzipped(
            page(1, WarcCompression.NONE),
            blank,
            page(2, WarcCompression.NONE),
            blank,
            page(3, WarcCompression.NONE),
            blank,
            page(4, WarcCompression.NONE));
    List<RawRecord> records = readFile(java.util.Arrays.copyOf(whole, whole.length - 10));
    assertThat(records).hasSize(4);
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
    assertThat(records.get(3).readError()).contains("cut short");
  }

  @Test
  void aMemberTooBigToHoldBackIsCheckedBeforeAnyOfItIsGivenOut() throws Exception {
    // Over 16 MiB gzipped whole, with one byte of page 1's text changed: its checksum fails, and
    // page 1 is not given out with the changed byte.
    java.io.ByteArrayOutputStream big = new java.io.ByteArrayOutputStream();
    big.write(page(1, WarcCompression.NONE));
    byte[] filler = page(2, WarcCompression.NONE);
    while (big.size() <= GzipMembers.HELD_BACK_BYTES) {
      big.write(filler);
    }
    byte[] bytes = big.toByteArray();
    int text = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Brindleford");
    byte[] gz = gzipped(bytes);
    // Change the byte in the compressed stream's stored copy: recompress the altered text instead
    // and put the original's checksum on it.
    byte[] altered = bytes.clone();
    altered[text] = 'X';
    byte[] alteredGz = gzipped(altered);
    System.arraycopy(gz, gz.length - 8, alteredGz, alteredGz.length - 8, 4);
    List<RawRecord> records = readFile(alteredGz);
    assertThat(records)
        .singleElement()
        .satisfies(r -> assertThat(r.readError()).contains("checksum"));
  }

  @Test
  void aNegativeContentLengthIsOneBrokenRecordAndOneRow() throws Exception {
    byte[] negative =
        new String(page(2, WarcCompression.NONE), StandardCharsets.ISO_8859_1)
            .replaceFirst("Content-Length: \\d+", "Content-Length: -5")
            .getBytes(StandardCharsets.ISO_8859_1);
    List<RawRecord> records =
        readFile(page(1, WarcCompression.NONE), negative, page(3, WarcCompression.NONE));
    assertThat(records).hasSize(3);
    assertThat(records.get(1).readError()).contains("Content-Length '-5' is no length");
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  private static boolean isNotAnArticle(RawRecord record) throws Exception {
    return record.raw() != null && JSON.readTree(record.raw()).has("not_an_article");
  }

  @Test
  void aRecordOfATypeWarcDoesNotDefineHasItsRow() throws Exception {
    String damaged =
        new String(page(2, WarcCompression.NONE), StandardCharsets.ISO_8859_1)
            .replaceFirst("WARC-Type: response", "WARC-Type: Response");
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.NONE),
            damaged.getBytes(StandardCharsets.ISO_8859_1),
            page(3, WarcCompression.NONE));
    assertThat(records).hasSize(3);
    assertThat(records.get(1).readError()).contains("WARC-Type 'Response'");
  }

  @Test
  void everyDamagedMemberHasItsRowEvenAtTheEndOfTheFile() throws Exception {
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.GZIP),
            corrupted(page(2, WarcCompression.GZIP)),
            page(3, WarcCompression.GZIP),
            corrupted(page(4, WarcCompression.GZIP)));
    assertThat(records).extracting(RawRecord::position).containsExactly(1L, 2L, 3L, 4L);
    assertThat(records).filteredOn(r -> r.readError() != null).hasSize(2);
    assertThat(titleOf(records.get(2))).isEqualTo("Story 3");
  }

  @Test
  void aRecordRightAfterJunkWithoutALineBreakIsRead() throws Exception {
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.NONE),
            "JUNK WITHOUT A LINE BREAK".getBytes(StandardCharsets.US_ASCII),
            page(2, WarcCompression.NONE));
    assertThat(records).hasSize(3);
    assertThat(titleOf(records.get(2))).isEqualTo("Story 2");
  }

  @Test
  void aGzippedFileWithABlankLineBeforeItsFirstMemberIsRead() throws Exception {
    List<RawRecord> records =
        readFile("\r\n".getBytes(StandardCharsets.US_ASCII), page(1, WarcCompression.GZIP));
    assertThat(records).hasSize(1);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
  }

  @Test
  void junkAfterTheLastGzipMemberIsOneRow() throws Exception {
    List<RawRecord> records =
        readFile(
            page(1, WarcCompression.GZIP), "TRAILING JUNK".getBytes(StandardCharsets.US_ASCII));
    assertThat(records).hasSize(2);
    assertThat(records.get(1).readError())
        .contains("gzip member at byte")
        .contains("no gzip member follows it");
  }

  @Test
  void aRecordCutShortAtTheEndOfTheFileIsAccountedFor() throws Exception {
    byte[] whole = page(2, WarcCompression.NONE);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    List<RawRecord> records = readFile(page(1, WarcCompression.NONE), cut);
    assertThat(records).hasSize(2);
    assertThat(titleOf(records.get(0))).isEqualTo("Story 1");
    assertThat(records.get(1).position()).isEqualTo(2L);
  }

  @Test
  void aPageNestedTwentyThousandDeepIsNoArticleAndEndsNothing() throws Exception {
    String nested = "<div>".repeat(20_000) + BODY + "</div>".repeat(20_000);
    JsonNode record = page("https://example.org/deep", "<title>Deep</title>", nested);
    assertThat(record.path(RecordNormaliser.NOT_AN_ARTICLE_FIELD).asText())
        .startsWith("elements nested 2000");
    // A page of ordinary depth is read as before.
    JsonNode shallow =
        page("https://example.org/ok", "<title>Ok</title>", "<div>".repeat(50) + BODY);
    assertThat(shallow.path("text").asText()).contains("harbour board of Brindleford");
  }

  @Test
  void aCaptionThatRepeatsItsImagesAltTextIsNotTheStorysText() throws Exception {
    String body =
        "<article><p>"
            + PARAGRAPH
            + "</p><div align=\"center\"><img src=\"dredger.jpg\" alt=\"A dredger waits outside"
            + " the northern channel\"><span class=\"minor2 small gray\">A dredger waits outside the"
            + " northern   channel</span></div><p>Fishermen said they would take the board to court,"
            + " and a hearing is set for March, when the plan's dredging permit expires.</p>"
            + "<p>"
            + PARAGRAPH
            + "</p></article>";
    String text =
        page("https://example.org/dredger", "<title>Dredger</title>", body).path("text").asText();
    assertThat(text).contains("Fishermen said they would take the board to court");
    assertThat(text).doesNotContain("A dredger waits");
  }

  @Test
  void aPageSentGzippedIsReadAndOneThatOnlyClaimsItIsReadAsItIs() throws Exception {
    byte[] html =
        ("<html><body><p>" + PARAGRAPH + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
      gzip.write(html);
    }
    assertThat(WarcArticles.decoded(zipped.toByteArray(), "gzip")).isEqualTo(html);
    assertThat(WarcArticles.decoded(html, "gzip")).isEqualTo(html);
    assertThat(WarcArticles.decoded(html, "")).isEqualTo(html);
  }

  @Test
  void rawDeflateAndStackedEncodingsAreUndoneAndAnEncodingThatCannotBeIsNoText() throws Exception {
    byte[] html =
        ("<html><body><p>" + PARAGRAPH + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    java.util.zip.Deflater raw = new java.util.zip.Deflater(6, true);
    java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream out =
        new java.util.zip.DeflaterOutputStream(deflated, raw)) {
      out.write(html);
    }
    assertThat(WarcArticles.decoded(deflated.toByteArray(), "deflate")).isEqualTo(html);
    assertThat(WarcArticles.decoded(gzipped(gzipped(html)), "gzip, gzip")).isEqualTo(html);
    // zstd (or br, or a cut-off gzip) with binary bytes: not read as text.
    byte[] binary = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0x00, 0x58, 0x11, 0x01};
    assertThat(WarcArticles.decoded(binary, "zstd")).isNull();
    assertThat(WarcArticles.decoded(binary, "gzip")).isNull();
  }

  private List<RawRecord> readResponses(byte[]... https) throws Exception {
    byte[][] records = new byte[https.length][];
    for (int i = 0; i < https.length; i++) {
      records[i] =
          WarcFixtures.responseRecord(
              "https://example.org/page-" + i, https[i], WarcCompression.NONE);
    }
    return readFile(records);
  }

  @Test
  void twoContentEncodingLinesAreOneListUndoneInTurn() throws Exception {
    byte[] html =
        ("<html><head><title>Twice</title></head><body><article><p>"
                + PARAGRAPH
                + "</p><p>"
                + PARAGRAPH
                + "</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] body = gzipped(gzipped(html));
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] http = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    assertThat(titleOf(readResponses(http).get(0))).isEqualTo("Twice");
  }

  @Test
  void aPageWhoseCharsetIsOnlyInItsMetaTagIsDecodedByIt() throws Exception {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 rouvert</title></head><body>"
            + "<article><p>Le caf\u00e9 du coin a rouvert lundi apr\u00e8s des travaux. "
            + PARAGRAPH
            + "</p></article></body></html>";
    byte[] body = page.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] http = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    List<RawRecord> records = readResponses(http);
    assertThat(titleOf(records.get(0))).isEqualTo("Caf\u00e9 rouvert");
    assertThat(JSON.readTree(records.get(0).raw()).path("text").asText())
        .startsWith("Le caf\u00e9 du coin a rouvert lundi apr\u00e8s");
  }

  @Test
  void aRecordWithoutAReadableWarcDateIsStillReadWhenThePageStatesItsDate() throws Exception {
    String page =
        "<html><head><meta property=\"article:published_time\" content=\"2022-01-10T08:30:00Z\">"
            + "<title>Story</title></head><body><article><p>"
            + PARAGRAPH
            + "</p><p>"
            + PARAGRAPH
            + "</p></article></body></html>";
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + page.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + page;
    String record =
        new String(
                WarcFixtures.responseRecord("https://example.org/d", http, WarcCompression.NONE),
                StandardCharsets.UTF_8)
            .replaceFirst("WARC-Date: [^\r]*", "WARC-Date: yesterday-ish");
    List<RawRecord> records = readFile(record.getBytes(StandardCharsets.UTF_8));
    JsonNode article = JSON.readTree(records.get(0).raw());
    assertThat(article.has("not_an_article")).isFalse();
    assertThat(article.path("published_at").asText()).isEqualTo("2022-01-10T08:30:00Z");
  }

  @Test
  void headlinesAndLinksThatRepeatAnAltTextStay() {
    // A related story's thumbnail carries its headline as alt text; a logo the site's name.
    org.jsoup.nodes.Document page =
        org.jsoup.Jsoup.parse(
            "<body><div class=\"head\"><img alt=\"The Harbour Blog\"><h1>The Harbour Blog</h1></div>"
                + "<div class=\"next\"><a href=\"/b\"><img alt=\"Ferry fares rise again\">"
                + "<h5>Ferry fares rise again</h5></a></div>"
                + "<p><img alt=\"Boats in the rain\"><span>Boats in the rain</span></p></body>");
    WarcArticles.removeAltTextCaptions(page);
    assertThat(page.select("h1").text()).isEqualTo("The Harbour Blog");
    assertThat(page.select("h5").text()).isEqualTo("Ferry fares rise again");
    assertThat(page.select("span")).isEmpty();
  }

  @Test
  void theOutletIsTheHostWithoutWww() throws Exception {
    assertThat(page("https://www.BBC.co.uk/news/x", "", BODY).path("outlet").asText())
        .isEqualTo("bbc.co.uk");
    assertThat(page("http://apnews.com/a", "", BODY).path("outlet").asText())
        .isEqualTo("apnews.com");
    // A URL with no host gives no outlet: not the whole string, credentials and all.
    for (String url :
        List.of(
            "/just/a/path",
            "javascript:alert(1)//http://x.example/",
            "http:///x",
            "http://user:pass@evil.example@good.example/x")) {
      assertThat(page(url, "", BODY).path("not_an_article").asText())
          .as(url)
          .contains("names no host");
    }
  }

  private static final String BODY =
      "<article><p>"
          + "The harbour board of Brindleford voted on Tuesday to widen the northern channel, a plan"
          + " that fishermen have opposed for two years because of the dredging it needs. "
          + "</p><p>The board's chair said the work would start in the spring and end before the"
          + " summer season, and that the town would pay a third of its cost from the port fees."
          + "</p></article>";

  private static JsonNode page(String url, String head, String body) throws Exception {
    return JSON.readTree(
        WarcArticles.fromHtml(
            url,
            "<html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>",
            "2020-01-15T12:00:00Z"));
  }

  @Test
  void aPageDateInJsonLdGraphIsReadNotTheCrawlTime() throws Exception {
    JsonNode record =
        page(
            "https://example-news.com/harbour",
            "<title>Harbour vote</title><script type=\"application/ld+json\">{\"@context\":"
                + " \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\":"
                + " \"NewsArticle\", \"headline\": \"Harbour vote\", \"datePublished\":"
                + " \"2019-11-19T19:47:00-05:00\"}]}</script>",
            BODY);
    assertThat(record.path("published_at").asText()).isEqualTo("2019-11-20T00:47:00Z");
    assertThat(record.path("published_at_source").asText()).isEqualTo("page");
    assertThat(record.path("title").asText()).isEqualTo("Harbour vote");
  }

  @Test
  void aFreeFormDateMetaTagsTimeAndTheUrlAreReadInTurnAndTheCrawlTimeIsTheLastResort()
      throws Exception {
    assertThat(
            page(
                    "https://example-news.com/harbour",
                    "<meta property=\"article:published_time\" content=\"not a date\">",
                    "<time>November 19, 2019, 07:47 PM EST</time>" + BODY)
                .path("published_at")
                .asText())
        .isEqualTo("2019-11-20T00:47:00Z");
    assertThat(
            page("https://example-news.com/2019/11/18/harbour-vote", "", BODY)
                .path("published_at_source")
                .asText())
        .isEqualTo("url");
    JsonNode undated = page("https://example-news.com/harbour", "", BODY);
    assertThat(undated.path("published_at").asText()).isEqualTo("2020-01-15T12:00:00Z");
    assertThat(undated.path("published_at_source").asText()).isEqualTo("crawl");
  }

  @Test
  void whenReadabilityFindsOnlyTheTitleTheArticlesOwnParagraphsAreTaken() throws Exception {
    // Paragraphs inside a div soup Readability scores low; the article element still holds them.
    String body =
        "<div class=\"sidebar\"><a href=\"/a\">One</a> <a href=\"/b\">Two</a></div>"
            + BODY.replace("<p>", "<p class=\"x\">");
    JsonNode record = page("https://example-news.com/harbour", "<title>Harbour vote</title>", body);
    assertThat(record.has("not_an_article")).isFalse();
    assertThat(record.path("text").asText()).contains("northern channel", "port fees");
  }

  @Test
  void aPageInAScriptWithoutSpacesIsAnArticleByItsCharacters() throws Exception {
    String japanese =
        "<article><p>"
            + "港湾委員会は火曜日、北側の航路を広げる計画を可決した。漁業者は二年間、浚渫が必要になるとして反対してきた。"
            + "委員長は、工事は春に始まり夏の観光シーズン前に終わると述べ、費用の三分の一を港の使用料から町が負担すると説明した。"
            + "</p></article>";
    JsonNode record = page("https://example-news.jp/kouwan", "", japanese);
    assertThat(record.has("not_an_article")).isFalse();
  }

  @Test
  void captionsRelatedStoriesAndShareBarsInsideTheArticleAreNotItsText() throws Exception {
    String body =
        "<article class=\"story-body\"><p>"
            + "The harbour board of Brindleford voted on Tuesday to widen the northern channel, a plan"
            + " that fishermen have opposed for two years because of the dredging it needs.</p>"
            + "<div class=\"article__caption\"><em>The best new dredger of the year.</em></div>"
            + "<div class=\"social-share\">Share on Facebook Share on Twitter</div>"
            + "<p>The board's chair said the work would start in the spring and end before the"
            + " summer season, and that the town would pay a third of its cost from the port fees.</p>"
            + "<aside id=\"related_stories\"><p>You might also like: Dredging in pictures, the"
            + " harbour through the years and more stories from the coast</p></aside>"
            + "</article>";

    String text =
        page("https://news.example.com/2020/01/15/harbour", "", body).path("text").asText();

    assertThat(text)
        .contains("voted on Tuesday", "port fees")
        .doesNotContain("dredger of the year", "Share on", "You might also like");
  }

  @Test
  void furnitureIsNamedByAWholePartOfAClassNotByAnyLettersInIt() {
    assertThat(WarcArticles.namesFurniture("related-stories")).isTrue();
    assertThat(WarcArticles.namesFurniture("story-body ad_slot")).isTrue();
    assertThat(WarcArticles.namesFurniture("header shared-content loaded")).isFalse();
    assertThat(WarcArticles.namesFurniture("")).isFalse();
  }
}
