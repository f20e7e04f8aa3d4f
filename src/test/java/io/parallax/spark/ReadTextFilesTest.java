package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.InputFormat;
import io.parallax.ingest.RawRecord;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one partition's files into raw records, without Spark. */
class ReadTextFilesTest {
  @TempDir Path dir;

  @Test
  void aWarcFileCompressedWithBzip2IsReadRecordByRecord() throws Exception {
    Path plain = io.parallax.ingest.WarcFixtures.write(dir.resolve("plain.warc.gz"));
    // The same responses, decompressed and written as one bzip2 stream.
    byte[] warc;
    try (java.util.zip.GZIPInputStream in =
        new java.util.zip.GZIPInputStream(Files.newInputStream(plain))) {
      warc = in.readAllBytes();
    }
    Path bz2 = dir.resolve("crawl.warc.bz2");
    org.apache.hadoop.io.compress.BZip2Codec codec = new org.apache.hadoop.io.compress.BZip2Codec();
    codec.setConf(new Configuration());
    try (OutputStream out = codec.createOutputStream(Files.newOutputStream(bz2))) {
      out.write(warc);
    }
    List<RawRecord> records = new ArrayList<>();
    new ReadTextFiles(new Configuration(), IngestSettings.defaults())
        .call(
            List.of(
                    new InputFiles.InputFile(
                        bz2.toUri().toString(), InputFormat.WARC, Files.size(bz2)))
                .iterator())
        .forEachRemaining(records::add);
    assertThat(records).hasSize(4);
    assertThat(records).allSatisfy(r -> assertThat(r.readError()).isNull());
  }

  @Test
  void bytesThatAreNotUtf8QuarantineTheirRecordAndNotTheFile() throws Exception {
    // Ninth probe: bytes that are not UTF-8 became U+FFFD and the record was written as if whole.
    Path file = dir.resolve("mixed.jsonl");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(
        "{\"outlet\": \"o\", \"published_at\": \"2022-01-10\", \"title\": \"Caf"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xE9}); // Latin-1 'é', not UTF-8
    bytes.write(
        "\", \"text\": \"Envoys met.\"}\n{\"outlet\": \"o\", \"published_at\": \"2022-01-10\","
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(
        " \"text\": \"Caf\u00e9 owners met.\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    List<RawRecord> records = new ArrayList<>();
    new ReadTextFiles(new Configuration(), IngestSettings.defaults())
        .call(
            List.of(
                    new InputFiles.InputFile(
                        file.toUri().toString(), InputFormat.JSONL, Files.size(file)))
                .iterator())
        .forEachRemaining(records::add);
    io.parallax.ingest.RecordNormaliser normaliser =
        new io.parallax.ingest.RecordNormaliser(
            IngestSettings.defaults(), io.parallax.ingest.LinguaLanguageIdentifier.INSTANCE);
    assertThat(records).hasSize(2);
    assertThat(normaliser.normalise(records.get(0)).reason())
        .isEqualTo(io.parallax.ingest.ReasonCode.INVALID_UNICODE);
    assertThat(normaliser.normalise(records.get(1)).article().text()).contains("Café owners");
  }
}
