package io.parallax.spark;

import io.parallax.ingest.ByteLimitedInputStream;
import io.parallax.ingest.CutShortInputStream;
import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.InputFormat;
import io.parallax.ingest.RawRecord;
import io.parallax.ingest.TextFileRecords;
import io.parallax.ingest.WarcArticles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Collections;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads the text and WARC files of one partition (JSON Lines, news-please, WARC) into raw records,
 * one file at a time.
 */
final class ReadTextFiles implements FlatMapFunction<Iterator<InputFiles.InputFile>, RawRecord> {
  private final SerializableConfiguration hadoop;
  private final int maxRecordChars;
  private final long maxFileBytes;

  ReadTextFiles(Configuration hadoop, IngestSettings settings) {
    this.hadoop = new SerializableConfiguration(hadoop);
    this.maxRecordChars = settings.maxRecordChars();
    this.maxFileBytes = settings.maxFileBytes();
  }

  @Override
  public Iterator<RawRecord> call(Iterator<InputFiles.InputFile> files) {
    return new LazyFlatMap<>(files, this::open);
  }

  private Iterator<RawRecord> open(InputFiles.InputFile file) {
    try {
      Path path = new Path(file.path());
      if (file.format() == InputFormat.WARC) {
        // WarcArticles undoes gzip itself (per record or whole, reading on past damaged members)
        // and is given the file's raw bytes; behind a broken record it opens the file again to
        // read on. Another codec (.bz2, ...) is undone here, and a reopening skips that many
        // decompressed bytes.
        CompressionCodec warcCodec = new CompressionCodecFactory(hadoop.value()).getCodec(path);
        if (warcCodec == null || warcCodec instanceof org.apache.hadoop.io.compress.GzipCodec) {
          return new WarcArticles(file.path(), offset -> openAt(file.path(), offset));
        }
        return new WarcArticles(
            file.path(),
            offset -> {
              InputStream decompressed = warcCodec.createInputStream(openAt(file.path(), 0));
              decompressed.skipNBytes(offset);
              return decompressed;
            });
      }
      InputStream in = openAt(file.path(), 0);
      CutShortInputStream cut = null;
      CompressionCodec codec = new CompressionCodecFactory(hadoop.value()).getCodec(path);
      if (codec instanceof org.apache.hadoop.io.compress.GzipCodec) {
        // The JDK's reader, as gzip -d: bytes after the last member (NUL padding from a copy tool,
        // a cut-off write) end the file after its complete records. Hadoop's pure-Java gzip
        // reader failed on them before the first line, and the file's records were lost.
        in = new java.util.zip.GZIPInputStream(in, 64 * 1024);
        cut = new CutShortInputStream(in);
        in = cut;
      } else if (codec != null) {
        if (isHadoopBlockCodec(codec)) {
          in = checkedBlockStream(in, codec);
        }
        in = codec.createInputStream(in);
      }
      Reader reader =
          io.parallax.ingest.RecordNormaliser.utf8Reader(
              new ByteLimitedInputStream(in, maxFileBytes));
      Iterator<RawRecord> records =
          new TextFileRecords(file.path(), file.format(), reader, maxRecordChars);
      return atLeastOneRecord(
          cut == null ? records : thenCutShort(records, cut, file), file, codec);
    } catch (IOException | RuntimeException e) {
      return Collections.singletonList(
              RawRecord.unreadable(file.path(), 0, file.format(), "could not open the file: " + e))
          .iterator();
    }
  }

  /**
   * The file's records, then, when its compressed stream was cut short, one `unreadable_file` row
   * that says so: what follows the cut is in no table.
   */
  static Iterator<RawRecord> thenCutShort(
      Iterator<RawRecord> records, CutShortInputStream stream, InputFiles.InputFile file) {
    return new Iterator<>() {
      private long lastPosition;
      private boolean cutGiven;

      @Override
      public boolean hasNext() {
        return records.hasNext() || (!cutGiven && stream.cutShort() != null);
      }

      @Override
      public RawRecord next() {
        if (records.hasNext()) {
          RawRecord record = records.next();
          lastPosition = Math.max(lastPosition, record.position());
          return record;
        }
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        cutGiven = true;
        return RawRecord.unreadable(
            file.path(),
            lastPosition + 1,
            file.format(),
            "the compressed file is cut short or corrupt ("
                + stream.cutShort()
                + "): the records before were read, anything after it could not be");
      }
    };
  }

  /**
   * The file from byte {@code offset} on. A file on this machine is opened by Java itself: Hadoop's
   * local file system looks for a checksum file beside it and cannot name one for a file with ':'
   * in its name ("c:d.jsonl"), so such a file could not be read at all.
   */
  private InputStream openAt(String path, long offset) throws IOException {
    if (path.startsWith("file:")) {
      java.nio.channels.FileChannel channel =
          java.nio.channels.FileChannel.open(java.nio.file.Path.of(new Path(path).toUri()));
      channel.position(offset);
      return java.nio.channels.Channels.newInputStream(channel);
    }
    Path hadoopPath = new Path(path);
    org.apache.hadoop.fs.FSDataInputStream in =
        hadoopPath.getFileSystem(hadoop.value()).open(hadoopPath);
    in.seek(offset);
    return in;
  }

  /**
   * The file's records; a file with bytes that gives none is one `unreadable_file` record instead
   * of passing unseen: the lz4 and snappy command-line tools write frame formats Hadoop's codecs
   * read as nothing at all.
   */
  static Iterator<RawRecord> atLeastOneRecord(
      Iterator<RawRecord> records, InputFiles.InputFile file, CompressionCodec codec) {
    if (records.hasNext() || file.bytes() == 0) {
      return records;
    }
    return Collections.singletonList(
            RawRecord.unreadable(
                file.path(),
                0,
                file.format(),
                "the file has "
                    + file.bytes()
                    + " bytes but no record could be read from it"
                    + (codec == null
                        ? " (only blank lines?)"
                        : " once decompressed with "
                            + codec.getClass().getSimpleName()
                            + ": is it compressed in another format than its name says? The lz4"
                            + " and snappy tools write formats Hadoop does not read; gzip it")))
        .iterator();
  }

  /**
   * The largest first block a Hadoop snappy or lz4 stream may announce: its writers use 256 KiB
   * buffers. Anything larger is no such stream (plain text named .snappy announces 2 GB, an lz4
   * frame file 66 MB), and Hadoop's reader would allocate it whole: it ran the JVM out of memory.
   */
  static final int MAX_FIRST_BLOCK_BYTES = 64 * 1024 * 1024;

  private static boolean isHadoopBlockCodec(CompressionCodec codec) {
    return codec instanceof org.apache.hadoop.io.compress.SnappyCodec
        || codec instanceof org.apache.hadoop.io.compress.Lz4Codec;
  }

  /**
   * The stream, after checking the block lengths it starts with; an IOException if they are wild.
   */
  static InputStream checkedBlockStream(InputStream raw, CompressionCodec codec)
      throws IOException {
    java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 64 * 1024);
    in.mark(8);
    byte[] head = in.readNBytes(8);
    in.reset();
    if (head.length == 8) {
      java.nio.ByteBuffer lengths = java.nio.ByteBuffer.wrap(head);
      int uncompressed = lengths.getInt();
      int compressed = lengths.getInt();
      if (uncompressed < 0
          || uncompressed > MAX_FIRST_BLOCK_BYTES
          || compressed < 0
          || compressed > MAX_FIRST_BLOCK_BYTES) {
        throw new IOException(
            "not a Hadoop "
                + codec.getDefaultExtension()
                + " stream: its first block claims "
                + Integer.toUnsignedString(uncompressed)
                + " bytes (the lz4 and snappy tools write other formats; gzip the file)");
      }
    }
    return in;
  }
}
