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
 * searched for the next `WARC/` line. Skipping only blank lines loses nothing and makes no row. A
 * gzipped file is decompressed by {@link GzipMembers}, and each damaged gzip member it reads past
 * is one `unreadable_file` row.
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

  /** The file's WARC bytes (decompressed, when the file is gzipped) from an offset on. */
  private final Reopener file;

  private final boolean gzip;

  /** The decompressor of the current reader's bytes, when the file is gzipped. */
  private GzipMembers decoder;

  /** Damaged gzip members already given their row, by offset: a reopening finds them again. */
  private final java.util.Set<Long> damageCounted = new java.util.HashSet<>();

  private WarcReader reader;

  /** Where the current reader's stream starts in the file: jwarc counts from there. */
  private long readerStart;

  /**
   * Whether the last broken record was read on behind by a search for the next `WARC/` (not by its
   * own Content-Length or gzip member) and no record has been read since: a resynchronisation that
   * lands inside the broken record (on a `WARC/` its page quotes) breaks again, and is the same
   * loss.
   */
  private boolean inBrokenStretch;

  /** How the last broken record was read on behind: by a search for the next `WARC/`. */
  private boolean resyncedBySearch;

  /**
   * Whether the file gzips each record in a member of its own (a member that starts a record was
   * seen): behind a broken record, the next such member is where the next record starts, and a
   * `WARC/` quoted in the broken record's page is not taken for one.
   */
  private boolean recordsInOwnMembers;

  /** Where the last loss row's stretch starts (decompressed offset; -1 before the first). */
  private long lastLossAt = -1;

  /**
   * Where the records read since the last loss row start (any type: a request between two damaged
   * responses keeps their losses apart). Damage with no record read since the last loss is that
   * loss's stretch: a record spread over many small members, several of them damaged, is one row.
   */
  private final java.util.TreeSet<Long> recordsReadAt = new java.util.TreeSet<>();

  /** Where the last response returned starts in the file (-1 before the first). */
  private long lastResponseAt = -1;

  private long position;
  private RawRecord next;
  private boolean finished;

  /** Reads the file from its start, able to open it again to read on behind a broken record. */
  public WarcArticles(String sourceFile, Reopener file) throws IOException {
    this.sourceFile = sourceFile;
    InputStream start = new java.io.BufferedInputStream(file.openAt(0), 64 * 1024);
    this.gzip = isGzip(start, sourceFile);
    this.file = gzip ? decompressedAt(file) : file;
    this.reader =
        new WarcReader(gzip ? (decoder = new GzipMembers(start, file, 0, 0, memberStarts)) : start);
  }

  /** How far into a file its first gzip member or WARC record is looked for, past padding. */
  private static final int HEAD_BYTES = 4096;

  /**
   * Whether the file is gzipped: its first bytes after padding (CR, LF, NUL, space) are a gzip
   * member's, or, for a file named .gz, they are not a WARC record's (a damaged first member:
   * reading goes on at the next). The stream is left at its start.
   */
  static boolean isGzip(InputStream start, String name) throws IOException {
    start.mark(HEAD_BYTES);
    byte[] head = start.readNBytes(HEAD_BYTES);
    start.reset();
    int i = 0;
    while (i < head.length && NextWarcRecord.isPadding(head[i])) {
      i++;
    }
    if (i + 1 < head.length && (head[i] & 0xff) == 0x1f && (head[i + 1] & 0xff) == 0x8b) {
      return true;
    }
    boolean warc =
        i + 5 <= head.length && new String(head, i, 5, StandardCharsets.US_ASCII).equals("WARC/");
    // Past 4 KB of padding, or junk, a file named .gz is read as gzip: its members are looked for.
    return !warc && name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  /**
   * A gzipped file (per record or whole) is decompressed here, not by jwarc, and read as a plain
   * WARC: jwarc reads on only at gzip member starts, so a broken record inside a member of several
   * records (or inside a file gzipped whole) lost every record behind it. Offsets are then those of
   * the decompressed bytes, and a reopening decompresses from the start and skips to one.
   */
  private Reopener decompressedAt(Reopener compressed) {
    return offset -> {
      // From the last gzip member known to start at or before the offset, not from byte 0: a
      // file with many broken records was decompressed again for each.
      collectDamage(); // the damage the decompressor being replaced found
      java.util.Map.Entry<Long, Long> member = memberStarts.floorEntry(offset);
      long decompressedAt = member == null ? 0 : member.getKey();
      long compressedAt = member == null ? 0 : member.getValue();
      decoder =
          new GzipMembers(
              new java.io.BufferedInputStream(compressed.openAt(compressedAt), 64 * 1024),
              compressed,
              compressedAt,
              decompressedAt,
              memberStarts);
      decoder.skipNBytes(offset - decompressedAt);
      return decoder;
    };
  }

  /** Where gzip members start: decompressed offset to file offset (for reopening near one). */
  private final java.util.TreeMap<Long, Long> memberStarts = new java.util.TreeMap<>();

  /** Reads a stream that cannot be opened again: a broken record ends it. */
  public WarcArticles(String sourceFile, InputStream in) throws IOException {
    this(sourceFile, offsetOnlyAtStart(in));
  }

  private static Reopener offsetOnlyAtStart(InputStream in) {
    boolean[] opened = {false};
    return offset -> {
      if (offset != 0 || opened[0]) {
        throw new IOException("the stream cannot be read again from byte " + offset);
      }
      opened[0] = true;
      return in;
    };
  }

  @Override
  public boolean hasNext() {
    if (next == null && !exhausted) {
      next = readNext();
      // Once the file is read to its end, the rows of damage found on the way are still given.
      exhausted = next == null;
    }
    return next != null;
  }

  /** Whether every row has been given: the file is read and no damage row is left. */
  private boolean exhausted;

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
      if (heldRow != null) {
        // Rows are numbered in file order: a damaged gzip stretch before this row comes first.
        RawRecord damage = damageRowBefore(heldAt);
        if (damage != null) {
          return damage;
        }
        position++;
        RawRecord row = heldRow.apply(position);
        heldRow = null;
        if (row.readError() != null) {
          lostAt(heldAt);
        }
        return row;
      }
      if (finished) {
        return damageRowBefore(Long.MAX_VALUE);
      }
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        long brokenAt = readerStart + reader.position();
        if (atGzipBreak() && endedEarly(e)) {
          // The record ran into a damaged stretch (whose row accounts for it) or on past the end
          // of its member into the next record's own.
          // Nothing is lost when only a record's closing blank lines ran past its member.
          boolean counted =
              brokenAt == lastResponseAt
                  || decoder.breakIsDamage()
                  || brokenAt >= decoder.position() - 4;
          String lost = counted ? null : cutAtMemberEnd(brokenAt);
          readOnAtBreak();
          if (lost != null) {
            hold(brokenAt, p -> RawRecord.unreadable(sourceFile, p, InputFormat.WARC, lost));
          }
          continue;
        }
        brokenRecord(brokenAt, e);
        continue;
      }
      collectDamage();
      inBrokenStretch &= record.isEmpty();
      if (record.isPresent()) {
        recordsReadAt.add(readerStart + reader.position());
      }
      if (record.isEmpty()) {
        if (atGzipBreak()) {
          readOnAtBreak();
        } else {
          finish(null);
        }
        continue;
      }
      if (record.get() instanceof WarcResponse response && !hasALength(response)) {
        // "Content-Length: -5": jwarc reads such a header with an empty block and then fails
        // inside the same record; one broken record, one row.
        brokenRecord(
            readerStart + reader.position(),
            new IOException(
                "its Content-Length '"
                    + shortText(response.headers().first("Content-Length").orElse(""))
                    + "' is no length"));
        continue;
      }
      if (record.get() instanceof WarcResponse response) {
        lastResponseAt = readerStart + reader.position();
        long at = lastResponseAt;
        String raw;
        try {
          raw = toRecord(response);
        } catch (java.io.EOFException cut) {
          if (!atGzipBreak()) {
            raw = recordOf(cut, response);
          } else if (decoder.breakIsDamage()) {
            continue; // the damaged stretch's row accounts for the page it cut
          } else {
            raw = notAnArticle(safeTarget(response), cutAtMemberEnd(at));
          }
        } catch (IOException | RuntimeException e) {
          raw = recordOf(e, response);
        }
        String row = raw;
        hold(lastResponseAt, p -> RawRecord.of(sourceFile, p, InputFormat.WARC, row));
      } else if (!KNOWN_TYPES.contains(record.get().type())) {
        // "Response" or a damaged type: it may have been a page, and is not passed over unseen.
        long at = readerStart + reader.position();
        String why =
            "the WARC record at byte "
                + at
                + (gzip ? " of the decompressed file" : "")
                + " has the WARC-Type '"
                + shortText(record.get().type())
                + "', which WARC does not define; if it was a response, its page is lost";
        hold(at, p -> RawRecord.unreadable(sourceFile, p, InputFormat.WARC, why));
      }
    }
  }

  /**
   * Reads on behind the record at {@code brokenAt} that could not be read, and holds its
   * `unreadable_file` row when something was lost. A resynchronisation that landed on a `WARC/` the
   * broken record's own page held breaks again: one stretch, one row.
   */
  private void brokenRecord(long brokenAt, Exception e) {
    String reason = readOnBehindBrokenRecord(brokenAt, e);
    collectDamage();
    String lost = inBrokenStretch ? null : reason;
    inBrokenStretch = resyncedBySearch;
    if (lost != null) {
      hold(brokenAt, p -> RawRecord.unreadable(sourceFile, p, InputFormat.WARC, lost));
    }
  }

  /** Whether a record's Content-Length is a length: digits, nothing else. */
  private static boolean hasALength(WarcRecord record) {
    return record
        .headers()
        .first("Content-Length")
        .map(v -> NextWarcRecord.lengthValue(v) >= 0)
        .orElse(false);
  }

  /** The record types WARC 1.0 and 1.1 define; only `response` records are candidates. */
  private static final java.util.Set<String> KNOWN_TYPES =
      java.util.Set.of(
          "warcinfo",
          "response",
          "resource",
          "request",
          "metadata",
          "revisit",
          "conversion",
          "continuation");

  private static String shortText(String text) {
    return shortened(text, 60);
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /** The next row, made once the rows of damage before it are out (numbered as it is made). */
  private java.util.function.LongFunction<RawRecord> heldRow;

  /** Where the held row's record starts, in the file's (decompressed) bytes. */
  private long heldAt;

  private void hold(long at, java.util.function.LongFunction<RawRecord> row) {
    heldAt = at;
    heldRow = row;
  }

  /** A response whose HTTP message cannot be read is no article. */
  private static String recordOf(Exception e, WarcResponse response) {
    return notAnArticle(
        safeTarget(response), "the HTTP response cannot be read: " + shortMessage(e));
  }

  /**
   * Whether the file from {@code at} to its end, or to a gzip break, is CR, LF, space, tab or NUL
   * only. A gzipped file's stream is left open at the break, to be read on behind it.
   */
  private boolean onlyBlankBytesFrom(long at) {
    InputStream rest = null;
    try {
      rest = file.openAt(at);
      byte[] bytes = new byte[64 * 1024];
      boolean blank = true;
      for (int n = rest.read(bytes); n >= 0; n = rest.read(bytes)) {
        for (int i = 0; i < n; i++) {
          blank &= NextWarcRecord.isPadding(bytes[i]);
        }
      }
      return blank;
    } catch (IOException | RuntimeException unreadable) {
      return false;
    } finally {
      if (rest != null && !gzip) {
        try {
          rest.close();
        } catch (IOException e) {
          // only read
        }
      }
    }
  }

  /**
   * Whether jwarc failed for want of bytes (the stream ended inside a record), not on bytes it
   * could not parse: a parse error before a gzip break it has buffered up to is a broken record of
   * its own.
   */
  private static boolean endedEarly(Exception e) {
    return e instanceof java.io.EOFException || e.getCause() instanceof java.io.EOFException;
  }

  /** Whether the gzip decompressor has ended its stream at a break that more bytes follow. */
  private boolean atGzipBreak() {
    return gzip && decoder.atBreak();
  }

  private static String cutAtMemberEnd(long recordAt) {
    return "the WARC record at byte "
        + recordAt
        + " of the decompressed file runs on past the end of its gzip member, into the next"
        + " record's own member (its Content-Length is wrong); the next record is read";
  }

  /**
   * Reads on behind the break the gzip decompressor ended its stream at, from the first record
   * there: the rest of a record cut by damage is skipped (the damage's row accounts for it).
   */
  private void readOnAtBreak() {
    try {
      readOnAtNextBreak();
    } finally {
      collectDamage(); // the stretch resumed behind is listed once its next good member is read
    }
  }

  private void readOnAtNextBreak() {
    while (true) {
      long at = decoder.position();
      decoder.resume();
      NextWarcRecord resumed;
      try {
        resumed = NextWarcRecord.atOrAfter(decoder, at);
      } catch (IOException | RuntimeException unreadable) {
        resumed = null;
      }
      if (resumed != null) {
        try {
          reader = new WarcReader(resumed.stream());
        } catch (IOException | RuntimeException unreadable) {
          finish(null);
          return;
        }
        readerStart = resumed.offset();
        return;
      }
      if (!atGzipBreak()) {
        finish(null);
        return;
      }
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
   * Moves the reader to the next record behind the one at {@code brokenAt} that could not be
   * parsed. Returns the reason for the `unreadable_file` row that accounts for what was skipped, or
   * null when only blank lines were (nothing lost); {@link #finished} is set when no record
   * follows.
   */
  private String readOnBehindBrokenRecord(long brokenAt, Exception e) {
    recordsInOwnMembers |= gzip && decoder.sawARecordOfItsOwn();
    // Skipping the rest of a response already returned (its block cut short) loses nothing new.
    boolean alreadyCounted = brokenAt == lastResponseAt;
    closeQuietly();
    String bytes = gzip ? " of the decompressed file" : "";
    String reason =
        "the WARC record at byte " + brokenAt + bytes + " cannot be read: " + shortMessage(e);
    resyncedBySearch = false;
    // In a file gzipped per record, the next record's own member (the next gzip break) is where
    // reading goes on; blank lines left before it lose nothing.
    boolean blankToBreak = recordsInOwnMembers && onlyBlankBytesFrom(brokenAt);
    if (recordsInOwnMembers && atGzipBreak()) {
      readOnAtBreak();
      if (blankToBreak) {
        return null;
      }
      if (finished) {
        return alreadyCounted ? null : reason + "; no readable record follows it";
      }
      return alreadyCounted
          ? null
          : reason
              + "; reading went on at the next record's gzip member, at byte "
              + readerStart
              + bytes;
    }
    NextWarcRecord resumed;
    try {
      // Where the broken record's own Content-Length says it ends, when a record starts there:
      // a `WARC/` its page quotes is then not taken for the next record.
      long byLength = NextWarcRecord.endByContentLength(file.openAt(brokenAt), brokenAt);
      resumed =
          byLength > brokenAt
              ? NextWarcRecord.find(file.openAt(byLength - 1), byLength - 1)
              : NextWarcRecord.find(file.openAt(brokenAt), brokenAt);
      if (resumed != null && byLength > brokenAt) {
        resumed =
            resumed.offset() == byLength
                ? new NextWarcRecord(resumed.stream(), byLength, false) // the record is skipped
                : NextWarcRecord.find(file.openAt(brokenAt), brokenAt);
      }
      resyncedBySearch = resumed != null && resumed.offset() != byLength;
    } catch (IOException | RuntimeException reopenFailed) {
      resumed = null;
    }
    // Whether only blank lines were left (read up to a gzip break, if one ends the stream before
    // the next record: this reopens it).
    boolean blank = resumed == null && onlyBlankBytesFrom(brokenAt);
    if (resumed == null && atGzipBreak()) {
      // No record before a gzip break: reading goes on behind it. Blank lines before the break
      // lose nothing (the damage behind them has its own row).
      readOnAtBreak();
      if (alreadyCounted || blank) {
        return null;
      }
      return finished
          ? reason + "; no readable record follows it"
          : reason + "; reading went on at the next record, at byte " + readerStart + bytes;
    }
    if (resumed == null) {
      finished = true;
      // Blank lines at the end of the file (a copy's extra newline) lose nothing.
      return alreadyCounted || blank ? null : reason + "; no readable record follows it";
    }
    try {
      reader = new WarcReader(resumed.stream());
      readerStart = resumed.offset();
    } catch (IOException | RuntimeException unreadable) {
      finished = true;
      return reason + "; no readable record follows it";
    }
    if (resumed.skippedOnlyBlankLines() || alreadyCounted) {
      return null;
    }
    return reason + "; reading went on at the next record, at byte " + resumed.offset() + bytes;
  }

  private void lostAt(long at) {
    lastLossAt = at;
    recordsReadAt.headSet(at, false).clear(); // a record read at the loss's offset is behind it
  }

  /** Damaged gzip stretches found and not yet given their row, in file order. */
  private final java.util.PriorityQueue<GzipMembers.Damage> damageAhead =
      new java.util.PriorityQueue<>(
          java.util.Comparator.comparingLong(GzipMembers.Damage::decompressedAt));

  /** Takes the damaged gzip stretches the decompressor has found that have no row yet. */
  private void collectDamage() {
    if (decoder == null) {
      return;
    }
    for (GzipMembers.Damage damage : decoder.damages()) {
      if (damageCounted.add(damage.memberAt())) {
        damageAhead.add(damage);
      }
    }
  }

  /** The `unreadable_file` row of the first damaged stretch before {@code at}; null if none. */
  private RawRecord damageRowBefore(long at) {
    GzipMembers.Damage damage = damageAhead.peek();
    while (damage != null
        && damage.decompressedAt() <= at
        && lastLossAt >= 0
        && recordsReadAt.subSet(lastLossAt, true, damage.decompressedAt(), false).isEmpty()) {
      damageAhead.poll(); // the last loss's stretch (see recordsReadAt)
      damage = damageAhead.peek();
    }
    if (damage == null || damage.decompressedAt() > at) {
      return null;
    }
    damageAhead.poll();
    lostAt(damage.decompressedAt());
    position++;
    return RawRecord.unreadable(
        sourceFile,
        position,
        InputFormat.WARC,
        "the gzip member at byte "
            + damage.memberAt()
            + " cannot be decompressed: "
            + damage.problem()
            + (damage.recordsKept()
                ? "; its records before the damage were read, the rest of it is lost, "
                : "; what it holds is lost, ")
            + (damage.resumedAt() < 0
                ? "and no gzip member follows it"
                : "reading went on at the next gzip member, at byte " + damage.resumedAt()));
  }

  private static String shortMessage(Exception e) {
    return shortened(e.getMessage() == null ? e.toString() : e.getMessage(), MAX_ERROR_CHARS);
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
    if (url == null) {
      return notAnArticle(null, "the WARC response names no page (it has no WARC-Target-URI)");
    }
    int status = response.http().status();
    MediaType type = response.http().contentType();
    if (status != 200) {
      return notAnArticle(url, "HTTP status " + status);
    }
    if (!type.base().equals(MediaType.HTML.base())
        && !type.base().equals(MediaType.parse("application/xhtml+xml").base())) {
      return notAnArticle(url, "content type " + type.base() + ", not HTML");
    }
    // Only an HTML page's body is read, and at most MAX_PAGE_BYTES of it (a gzip bomb, a dump).
    // Several Content-Encoding lines are one list, applied in order (RFC 9110).
    String encoding = String.join(",", response.http().headers().all("Content-Encoding"));
    byte[] body = decoded(response.http().body().stream().readNBytes(MAX_PAGE_BYTES + 1), encoding);
    if (body == null) {
      return notAnArticle(
          url,
          "the page's Content-Encoding '"
              + encoding
              + "' cannot be undone: Parallax undoes gzip and deflate, and the bytes are no HTML");
    }
    if (body.length > MAX_PAGE_BYTES) {
      return notAnArticle(url, "page over " + MAX_PAGE_BYTES + " bytes");
    }
    try {
      // The HTTP header's charset wins (as in a browser); without one, the page's own <meta>
      // charset or byte-order mark, else UTF-8.
      Document page = Jsoup.parse(new java.io.ByteArrayInputStream(body), charsetOf(type), url);
      if (page.charset().name().startsWith("UTF-16") && !hasUtf16ByteOrderMark(body)) {
        // A page that says UTF-16 in its <meta> but is bytes of ASCII: browsers read it as UTF-8
        // (the HTML standard), and taking it at its word made mojibake of the page.
        page = Jsoup.parse(new java.io.ByteArrayInputStream(body), "UTF-8", url);
      }
      return withPageId(fromPage(url, page, crawlTime(response)), url, body);
    } catch (StackOverflowError e) {
      // A page this deep is no article, and one page must not end the run.
      return notAnArticle(url, "the page is nested too deeply to read (stack overflow)");
    }
  }

  /**
   * The record's WARC-Date, which stands in for a page that states no date of its own; null when it
   * is missing or unreadable (a page that states its date is read all the same).
   */
  private static String crawlTime(WarcResponse response) {
    try {
      return response.date().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The page's bytes with its HTTP Content-Encoding undone (gzip; deflate, zlib-wrapped or raw as
   * browsers accept; several in a row, as "gzip, gzip"), at most {@link #MAX_PAGE_BYTES} + 1 of
   * them (a bomb stops there). Bytes that only claim an encoding (a server that names gzip and
   * sends plain HTML) are read as they are when they look like markup; null when an encoding cannot
   * be undone (br, zstd: no decoder here) and the bytes are no markup either.
   */
  static byte[] decoded(byte[] body, String contentEncoding) {
    String[] encodings = contentEncoding.toLowerCase(java.util.Locale.ROOT).split(",");
    byte[] bytes = body;
    for (int i = encodings.length - 1; i >= 0; i--) {
      String encoding = encodings[i].strip();
      if (encoding.isEmpty() || encoding.equals("identity")) {
        continue;
      }
      byte[] undone =
          switch (encoding) {
            case "gzip", "x-gzip" -> inflated(bytes, Codec.GZIP);
            case "deflate" -> {
              byte[] zlib = inflated(bytes, Codec.ZLIB);
              yield zlib != null ? zlib : inflated(bytes, Codec.RAW_DEFLATE);
            }
            default -> null;
          };
      if (undone == null) {
        return looksLikeMarkup(bytes) ? bytes : null;
      }
      bytes = undone;
    }
    return bytes;
  }

  private enum Codec {
    GZIP,
    ZLIB,
    RAW_DEFLATE
  }

  private static byte[] inflated(byte[] bytes, Codec codec) {
    java.io.ByteArrayInputStream compressed = new java.io.ByteArrayInputStream(bytes);
    try (InputStream in =
        switch (codec) {
          case GZIP -> new java.util.zip.GZIPInputStream(compressed);
          case ZLIB -> new java.util.zip.InflaterInputStream(compressed);
          case RAW_DEFLATE ->
              new java.util.zip.InflaterInputStream(compressed, new java.util.zip.Inflater(true));
        }) {
      byte[] out = in.readNBytes(MAX_PAGE_BYTES + 1);
      return out.length == 0 && bytes.length > 0 ? null : out;
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether the bytes start (after blanks and a byte-order mark) with '<', as HTML does. */
  static boolean looksLikeMarkup(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb) {
      i = 3;
    }
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
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
    return fromPage(url, Jsoup.parse(html, url), crawled);
  }

  /** The contract record of a parsed page; {@code crawled} (may be null) stands in for its date. */
  static String fromPage(String url, Document page, String crawled) {
    Optional<String> host = OutletNames.hostOfUrl(url);
    if (host.isEmpty()) {
      // "/just/a/path", "javascript:…", "http:///x", two '@': the outlet would be the whole
      // string, credentials and all.
      return notAnArticle(url, "the page's URL names no host, so it has no outlet");
    }
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
    record.put("outlet", host.get());
    record.put("url", url);
    if (title != null) {
      record.put("title", title.strip());
    }
    record.put("text", text);
    if (published.isPresent() || crawled != null) {
      record.put("published_at", published.map(d -> d.instant().toString()).orElse(crawled));
      record.put(
          "published_at_source",
          published.map(PageMetadata.Dated::source).orElse(PageMetadata.FROM_CRAWL));
    }
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

  private static boolean hasUtf16ByteOrderMark(byte[] body) {
    return body.length >= 2
        && ((body[0] == (byte) 0xfe && body[1] == (byte) 0xff)
            || (body[0] == (byte) 0xff && body[1] == (byte) 0xfe));
  }

  /** The charset the HTTP header names, when it names one Java knows; null otherwise. */
  private static String charsetOf(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name == null ? null : Charset.forName(name.strip()).name();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
