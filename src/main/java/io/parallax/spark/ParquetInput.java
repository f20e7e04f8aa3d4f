package io.parallax.spark;

import io.parallax.ingest.InputFormat;
import io.parallax.ingest.RawRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads Parquet inputs as raw records: each row becomes its JSON (Spark's to_json), so Parquet
 * records pass through the same checks as JSON ones and a bad row is quarantined with its values.
 * Files are read one by one so that files with different or conflicting schemas each keep their
 * own; a file whose footer cannot be read becomes one unreadable_file record.
 */
final class ParquetInput {
  private ParquetInput() {}

  static Dataset<Row> read(SparkSession spark, List<InputFiles.InputFile> files) {
    List<Dataset<Row>> parts = new ArrayList<>();
    List<Row> unreadable = new ArrayList<>();
    for (InputFiles.InputFile file : files) {
      if (file.path().substring(file.path().lastIndexOf('/') + 1).contains(":")) {
        // Spark's reader fails on such a name deep in a task, with pages of stack trace.
        unreadable.add(
            NormaliseRecords.rawRow(
                RawRecord.unreadable(
                    file.path(),
                    0,
                    InputFormat.PARQUET,
                    "Spark cannot read a Parquet file with ':' in its name (Hadoop takes what"
                        + " comes before it for a URI scheme); rename the file")));
        continue;
      }
      try {
        Dataset<Row> rows = spark.read().parquet(literal(file.path()));
        org.apache.spark.sql.Column[] values =
            java.util.Arrays.stream(rows.schema().fields())
                .map(ParquetInput::asJsonValue)
                .toArray(org.apache.spark.sql.Column[]::new);
        Dataset<Row> records =
            rows.select(
                functions.lit(file.path()).as("source_file"),
                rowNumber(rows).as("source_position"),
                functions.lit(InputFormat.PARQUET.id()).as("source_format"),
                functions.to_json(functions.struct(values)).as("raw_record"),
                functions.lit(null).cast("string").as("read_error"),
                functions.lit(null).cast("string").as("read_reason"));
        // Every value decoded once here, so that a file whose pages are corrupt is this file's
        // unreadable_file row, not a failed task that ends the run (found by a hostile probe: a
        // string length of 2^31 in one page). Costs one more read of the Parquet input.
        long decoded = records.javaRDD().count();
        long inFooter = footerRows(spark, file.path());
        if (decoded < inFooter) {
          // A file cut short behind a footer that survived: Spark reads what it can and says
          // nothing of the rest (found by a hostile probe: 9,760 of 20,000 rows gone unseen).
          unreadable.add(
              NormaliseRecords.rawRow(
                  RawRecord.unreadable(
                      file.path(),
                      decoded + 1,
                      InputFormat.PARQUET,
                      "the file's footer lists "
                          + inFooter
                          + " rows but only "
                          + decoded
                          + " could be read: the file is cut short or corrupt, and the other "
                          + (inFooter - decoded)
                          + " rows are in no table")));
        }
        parts.add(records);
      } catch (Exception e) { // Spark's AnalysisException is checked, and thrown from Scala
        unreadable.add(
            NormaliseRecords.rawRow(
                RawRecord.unreadable(
                    file.path(),
                    0,
                    InputFormat.PARQUET,
                    "could not read the Parquet file: " + e.getMessage())));
      }
    }
    Dataset<Row> all = spark.createDataFrame(unreadable, NormaliseRecords.RAW_SCHEMA);
    for (Dataset<Row> part : parts) {
      all = all.unionByName(part);
    }
    return all;
  }

  /**
   * Each row's 1-based place in its file: Parquet's row index, read with metadataColumn (a data
   * column the file itself names `_metadata` would shadow col("_metadata") and make the whole file
   * unreadable). Spark reserves the column name `_tmp_metadata_row_index` for reading that index,
   * so a file with such a column is numbered in the order Spark reads it instead (one file is read
   * in its own order).
   */
  private static org.apache.spark.sql.Column rowNumber(Dataset<Row> rows) {
    boolean reserved =
        java.util.Arrays.stream(rows.schema().fieldNames())
            .anyMatch(name -> name.equalsIgnoreCase("_tmp_metadata_row_index"));
    if (reserved) {
      return functions
          .row_number()
          .over(
              org.apache.spark.sql.expressions.Window.orderBy(
                  functions.monotonically_increasing_id()))
          .cast("long");
    }
    return rows.metadataColumn("_metadata").getField("row_index").plus(1).cast("long");
  }

  /** The row count the file's footer states. */
  private static long footerRows(SparkSession spark, String path) throws java.io.IOException {
    try (org.apache.parquet.hadoop.ParquetFileReader reader =
        org.apache.parquet.hadoop.ParquetFileReader.open(
            org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(path), spark.sparkContext().hadoopConfiguration()))) {
      return reader.getRecordCount();
    }
  }

  /**
   * A file's path as Spark's reader takes it literally: Spark expands '[', '*', '?', '{' in a path
   * as a glob, so each is escaped with a backslash (Hadoop's glob escape).
   */
  static String literal(String path) {
    return path.replaceAll("([\\\\\\[\\]{}*?])", "\\\\$1");
  }

  /**
   * A column as it goes into the record's JSON. Bytes are no text: to_json would write them as
   * base64, a string the checks would take for a title or a body, so a binary column becomes
   * {"binary_bytes": n} and a field that needs a string is `wrong_type`.
   */
  private static org.apache.spark.sql.Column asJsonValue(
      org.apache.spark.sql.types.StructField field) {
    org.apache.spark.sql.Column column = functions.col("`" + field.name().replace("`", "``") + "`");
    if (field.dataType() instanceof org.apache.spark.sql.types.BinaryType) {
      return functions
          .when(column.isNull(), functions.lit(null))
          .otherwise(functions.struct(functions.length(column).as("binary_bytes")))
          .as(field.name());
    }
    return column;
  }
}
