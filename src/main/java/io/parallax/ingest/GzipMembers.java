package io.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed bytes of a gzip file of one or many members (a WARC gzipped per record, or
 * whole), read on past damage. A member that cannot be decompressed, fails its checksum or is cut
 * short gives none of its bytes (up to {@link #HELD_BACK_BYTES}: a member's bytes are held back
 * until its checksum is checked), and reading goes on at the next gzip member found behind it; the
 * damage is listed in {@link #damages()} so that the reader accounts for it. Padding between
 * members (CR, LF, NUL, space, tab, as copy tools and tape blocks leave) is skipped without a word.
 *
 * <p>The bytes are not spliced across damage: at a damaged stretch the stream ends ({@link #read}
 * gives -1, {@link #atBreak()} is true) until the reader calls {@link #resume()}, so a record that
 * runs into the damage is cut short, not read on into the next good member's bytes as if they were
 * its own. A member that is one whole record (gzipped per record, as WARC writers do: its bytes
 * start with {@code WARC/} and its Content-Length ends at the member's end) ends the stream the
 * same way before it: a record whose Content-Length runs on over it is cut short there instead of
 * taking that record's bytes. A member that only happens to start at a `WARC/` quoted in a page
 * (bgzip blocks) is no whole record, and does not end the stream.
 *
 * <p>The JDK's {@code GZIPInputStream} reads concatenated members but stops at the first damaged
 * one, and jwarc's per-record gzip reading cannot look inside a member of several records; neither
 * reads on behind damage, which is why this is written here.
 */
final class GzipMembers extends InputStream {
  /**
   * A stretch of the file that gave no bytes.
   *
   * @param memberAt the byte offset in the file of the first damaged member (or of the bytes that
   *     are no gzip member)
   * @param decompressedAt how many decompressed bytes came before it
   * @param resumedAt where the next good member starts, or -1 when none follows
   * @param problem what was wrong with it
   * @param recordsKept whether records before the damage in the first member were given out (a
   *     member cut short keeps its complete records; one gzipped whole is streamed)
   */
  record Damage(
      long memberAt, long decompressedAt, long resumedAt, String problem, boolean recordsKept) {}

  /**
   * A member's decompressed bytes are held back up to this many, so that a damaged member gives
   * none: a part of a record would run into the next one. A whole-file gzip member passes it and is
   * streamed, and damage late in it loses only what follows.
   */
  static final int HELD_BACK_BYTES = 16 * 1024 * 1024;

  private static final int CHUNK = 64 * 1024;

  private final WarcArticles.Reopener file;
  private PushbackInputStream in;

  /** The file offset of the next byte {@link #in} gives. */
  private long at;

  private long memberAt;
  private Inflater inflater;
  private final CRC32 crc = new CRC32();
  private long memberSize;
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private boolean streaming;
  private final byte[] input = new byte[CHUNK];

  /** How many bytes of {@link #input} the inflater was last given. */
  private int inputLength;

  private final byte[] chunk = new byte[CHUNK];

  /** Decompressed bytes given out so far. */
  private long delivered;

  private byte[] out = new byte[0];
  private int outPos;
  private boolean ended;

  private final List<Damage> damages = new ArrayList<>();

  /** Whether a member was one whole record: the file is gzipped per record. */
  private boolean sawARecordOfItsOwn;

  /** Whether a member read so far was one whole record (the file is gzipped per record). */
  boolean sawARecordOfItsOwn() {
    return sawARecordOfItsOwn;
  }

  /** The decompressed offset where the stream ends until {@link #resume()}; -1 for none. */
  private long breakAt = -1;

  /** Whether the pending break is a damaged stretch (else the start of a record's own member). */
  private boolean breakIsDamage;

  /** The last offset where the stream ended: a member resumed there does not end it again. */
  private long lastBreakAt;

  /** The first damage since the last good member: its stretch ends at the next good member. */
  private Damage open;

  /**
   * Reads {@code start}, the file from byte {@code at} (a member's start, or 0) whose decompressed
   * bytes start at {@code delivered}; {@code file} reopens it behind damage. Each good member's
   * start is put in {@code memberStarts} (decompressed offset to file offset).
   */
  GzipMembers(
      InputStream start,
      WarcArticles.Reopener file,
      long at,
      long delivered,
      java.util.NavigableMap<Long, Long> memberStarts) {
    this.in = new PushbackInputStream(start, CHUNK);
    this.file = file;
    this.at = at;
    this.delivered = delivered;
    this.memberStarts = memberStarts;
    this.lastBreakAt = delivered;
  }

  private final java.util.NavigableMap<Long, Long> memberStarts;

  /** The damaged stretches found so far, in file order. */
  List<Damage> damages() {
    return List.copyOf(damages);
  }

  @Override
  public int read() throws IOException {
    if (outPos < out.length && !atBreak()) {
      return out[outPos++] & 0xff; // byte by byte when a record start is searched for
    }
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  /**
   * Whether the stream has ended at a break (damage, or a record's own member) and more follows
   * once {@link #resume()} is called.
   */
  boolean atBreak() {
    return breakAt >= 0 && position() == breakAt;
  }

  /** Whether the break the stream ended at is a damaged stretch. */
  boolean breakIsDamage() {
    return breakIsDamage;
  }

  /** The decompressed offset of the next byte {@link #read} gives. */
  long position() {
    return delivered - (out.length - outPos);
  }

  /** Reads on behind the break the stream ended at. */
  void resume() {
    lastBreakAt = breakAt;
    breakAt = -1;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (outPos == out.length || atBreak()) {
      if (ended || atBreak()) {
        return -1;
      }
      advance();
    }
    int n = Math.min(length, out.length - outPos);
    if (breakAt >= 0) {
      n = (int) Math.min(n, breakAt - position());
    }
    System.arraycopy(out, outPos, into, offset, n);
    outPos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    if (inflater != null) {
      inflater.end();
    }
    in.close();
  }

  private void advance() throws IOException {
    if (inflater == null) {
      startMember();
    } else {
      inflateSome();
    }
  }

  private void startMember() throws IOException {
    int c = in.read();
    while (NextWarcRecord.isPadding(c)) {
      at++;
      c = in.read();
    }
    if (c < 0) {
      end();
      return;
    }
    in.unread(c);
    memberAt = at;
    try {
      at += readHeader(in);
    } catch (EOFException e) {
      damaged("the gzip member is cut short in its header", true);
      return;
    } catch (IOException e) {
      damaged(e.getMessage(), false);
      return;
    }
    memberStarts.putIfAbsent(delivered, memberAt);
    inflater = new Inflater(true);
    crc.reset();
    memberSize = 0;
    held.reset();
    streaming = false;
  }

  /**
   * Reads a gzip member's header from {@code from}, up to its compressed data; returns its length
   * in bytes. An {@link EOFException} when the bytes end inside it.
   */
  private static long readHeader(InputStream from) throws IOException {
    long[] length = {0};
    InputStream header =
        new java.io.FilterInputStream(from) {
          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
              throw new EOFException();
            }
            length[0]++;
            return b;
          }
        };
    int id1 = header.read();
    int id2 = header.read();
    int method = header.read();
    if (id1 != 0x1f || id2 != 0x8b || method != 8) {
      throw new IOException("the bytes there are no gzip member");
    }
    int flags = header.read();
    for (int i = 0; i < 6; i++) {
      header.read(); // modification time, extra flags, operating system
    }
    if ((flags & 4) != 0) {
      int extra = header.read() | header.read() << 8;
      for (int i = 0; i < extra; i++) {
        header.read();
      }
    }
    if ((flags & 8) != 0) {
      while (header.read() != 0) {
        // the original file name
      }
    }
    if ((flags & 16) != 0) {
      while (header.read() != 0) {
        // a comment
      }
    }
    if ((flags & 2) != 0) {
      header.read();
      header.read();
    }
    return length[0];
  }

  private int nextByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    at++;
    return b;
  }

  private void inflateSome() throws IOException {
    if (inflater.needsInput()) {
      int n = in.read(input, 0, input.length);
      if (n < 0) {
        damaged("the gzip member is cut short before its data ends", true);
        return;
      }
      at += n;
      inputLength = n;
      inflater.setInput(input, 0, n);
    }
    int n;
    try {
      n = inflater.inflate(chunk);
    } catch (DataFormatException e) {
      damaged("the gzip member's data is corrupt (" + e.getMessage() + ")", false);
      return;
    }
    if (inflater.needsDictionary()) {
      damaged("the gzip member's data asks for a preset dictionary, which gzip never uses", false);
      return;
    }
    if (n > 0) {
      crc.update(chunk, 0, n);
      memberSize += n;
      if (streaming) {
        deliver(java.util.Arrays.copyOf(chunk, n), false);
      } else {
        held.write(chunk, 0, n);
        if (held.size() > HELD_BACK_BYTES) {
          if (!intactOrCutShortAtTheEnd(memberAt)) {
            // Checked to its end before any of its bytes go out: a changed byte anywhere in it
            // would otherwise be given out in an article.
            damaged("the gzip member's data is corrupt or fails its checksum", false);
            return;
          }
          streaming = true;
          deliver(held.toByteArray(), true);
          held.reset();
        }
      }
    }
    if (inflater.finished()) {
      endMember();
    }
  }

  private void endMember() throws IOException {
    int unused = inflater.getRemaining();
    if (unused > 0) {
      // The bytes after the deflate data (its trailer, the next member) go back to be read.
      in.unread(input, inputLength - unused, unused);
      at -= unused;
    }
    long storedCrc;
    long storedSize;
    try {
      storedCrc = littleEndian32();
      storedSize = littleEndian32();
    } catch (EOFException e) {
      damaged("the gzip member is cut short before its checksum", true);
      return;
    }
    if (storedCrc != crc.getValue() || storedSize != (memberSize & 0xffffffffL)) {
      damaged("the gzip member's checksum does not match its data", false);
      return;
    }
    inflater.end();
    inflater = null;
    if (!streaming) {
      deliver(held.toByteArray(), true);
      held.reset();
    }
    if (open != null) {
      damages.add(
          new Damage(
              open.memberAt(),
              open.decompressedAt(),
              memberAt,
              open.problem(),
              open.recordsKept()));
      open = null;
    }
  }

  /**
   * Whether the member at {@code memberAt} decompresses to its end with its checksum and length
   * right, or is only cut short by the end of the file (its records before the cut are good): read
   * through once more before a member too big to hold back is streamed.
   */
  private boolean intactOrCutShortAtTheEnd(long memberAt) throws IOException {
    Inflater check = new Inflater(true);
    try (PushbackInputStream member =
        new PushbackInputStream(
            new java.io.BufferedInputStream(file.openAt(memberAt), CHUNK), CHUNK)) {
      readHeader(member);
      CRC32 sum = new CRC32();
      long size = 0;
      byte[] data = new byte[CHUNK];
      byte[] inflated = new byte[CHUNK];
      int length = 0;
      while (!check.finished()) {
        if (check.needsInput()) {
          length = member.read(data);
          if (length < 0) {
            return nextMagic(memberAt + 1) < 0; // cut short at the end of the file, not corrupt
          }
          check.setInput(data, 0, length);
        }
        int n = check.inflate(inflated);
        if (n == 0 && check.needsDictionary()) {
          return false;
        }
        sum.update(inflated, 0, n);
        size += n;
      }
      member.unread(data, length - check.getRemaining(), check.getRemaining());
      byte[] trailer = member.readNBytes(8);
      if (trailer.length < 8) {
        return nextMagic(memberAt + 1) < 0;
      }
      java.nio.ByteBuffer le =
          java.nio.ByteBuffer.wrap(trailer).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      return (le.getInt(0) & 0xffffffffL) == sum.getValue()
          && (le.getInt(4) & 0xffffffffL) == (size & 0xffffffffL);
    } catch (DataFormatException | IOException e) {
      return false;
    } finally {
      check.end();
    }
  }

  private long littleEndian32() throws IOException {
    return nextByte() | (long) nextByte() << 8 | (long) nextByte() << 16 | (long) nextByte() << 24;
  }

  /** Gives out {@code bytes}; {@code memberStart}: they are the first of a good member. */
  private void deliver(byte[] bytes, boolean memberStart) {
    boolean wholeRecord = memberStart && isOneWholeRecord(bytes);
    sawARecordOfItsOwn |= wholeRecord;
    if (wholeRecord && delivered != lastBreakAt && breakAt < 0) {
      // A record gzipped on its own: what came before it ends there.
      breakAt = delivered;
      breakIsDamage = false;
    }
    delivered += bytes.length;
    out = bytes;
    outPos = 0;
  }

  /**
   * The member at {@link #memberAt} gives nothing more, and reading goes on at the next gzip magic
   * behind its first byte. A member cut short (the end of a file gzipped whole and cut off) keeps
   * the complete records before the cut, which decompressed exactly, as gzip -d would give them; a
   * corrupt member or one whose checksum fails keeps nothing, since any of its bytes may be wrong.
   * Damage that follows damage with no good member between is one stretch (a false magic inside the
   * damaged data, say).
   */
  private void damaged(String problem, boolean cutShort) throws IOException {
    if (inflater != null) {
      inflater.end();
      inflater = null;
    }
    byte[] good = held.toByteArray();
    held.reset();
    in.close();
    long next = nextMagic(memberAt + 1);
    if (cutShort && next >= 0) {
      // Its data ran on over the members behind it: corrupt, not a download cut off at the end.
      cutShort = false;
      problem = "the gzip member's data is corrupt (it runs on over the gzip members after it)";
    }
    int complete = cutShort && !streaming ? completeRecordsLength(good) : 0;
    if (open == null) {
      open = new Damage(memberAt, delivered + complete, -1, problem, complete > 0 || streaming);
    }
    if (complete > 0) {
      deliver(java.util.Arrays.copyOf(good, complete), false);
    }
    if (breakAt < 0) {
      // Even at the start (the good member's bytes may start inside a record) and at the end (a
      // record cut by the damage is the damage's loss, not a row of its own).
      breakAt = delivered;
      breakIsDamage = true;
    }
    if (next < 0) {
      end();
      return;
    }
    in = new PushbackInputStream(new java.io.BufferedInputStream(file.openAt(next), CHUNK), CHUNK);
    at = next;
  }

  /**
   * How many of {@code bytes} (a member cut short at the end of the file) are whole WARC records,
   * walked from the first by each header's Content-Length (a `WARC/` line inside a page is never
   * taken for a record's start, blank lines between records are skipped); 0 when they do not start
   * with a record. The last whole record counts only when what follows it is the start of the next
   * (or nothing): data that decoded into garbage before the cut may run through it.
   */
  static int completeRecordsLength(byte[] bytes) {
    int at = 0;
    int complete = 0;
    while (true) {
      int next = at;
      while (next < bytes.length && NextWarcRecord.isBlank(bytes[next])) {
        next++;
      }
      if (!recordStartsAt(bytes, next)) {
        return complete;
      }
      complete = next; // the records before, with the blank lines that close the last of them
      if (!startsWith(bytes, next, "WARC/")) {
        return complete;
      }
      long end = NextWarcRecord.endOfRecordAt(bytes, next);
      if (end < 0 || end > bytes.length) {
        return complete;
      }
      at = (int) end;
    }
  }

  /** Whether {@code bytes} are one whole WARC record, with the blank lines that close it. */
  static boolean isOneWholeRecord(byte[] bytes) {
    if (!startsWith(bytes, 0, "WARC/")) {
      return false;
    }
    long end = NextWarcRecord.endOfRecordAt(bytes, 0);
    if (end < 0 || end > bytes.length) {
      return false;
    }
    for (int i = (int) end; i < bytes.length; i++) {
      if (!NextWarcRecord.isBlank(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a record, or the end of the bytes, starts at {@code at}: {@code WARC/}, or as much of
   * it as there is before the end.
   */
  private static boolean recordStartsAt(byte[] bytes, int at) {
    for (int i = 0; i < "WARC/".length(); i++) {
      if (at + i == bytes.length) {
        return true;
      }
      if (bytes[at + i] != "WARC/".charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int at, String prefix) {
    if (at + prefix.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final int[] MAGIC = {0x1f, 0x8b, 0x08};

  /** The offset of the next gzip member's magic bytes at or after {@code from}; -1 for none. */
  private long nextMagic(long from) throws IOException {
    try (InputStream scan = new java.io.BufferedInputStream(file.openAt(from), CHUNK)) {
      int matched = 0;
      long offset = from;
      for (int b = scan.read(); b >= 0; b = scan.read(), offset++) {
        if (b == MAGIC[matched]) {
          matched++;
        } else {
          matched = b == MAGIC[0] ? 1 : 0;
        }
        if (matched == MAGIC.length) {
          return offset - MAGIC.length + 1;
        }
      }
      return -1;
    } catch (IOException e) {
      return -1; // a stream that cannot be opened again: nothing more can be read from it
    }
  }

  private void end() {
    ended = true;
    if (open != null) {
      damages.add(open);
      open = null;
    }
  }
}
