package io.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableDdlTest {
  private static final TableSchema TABLE =
      new TableSchema(
          "quotes",
          "one row per quote",
          List.of(
              Column.required("quote_text", ColumnType.STRING, "The quote's 'words'."),
              Column.required("share", ColumnType.STRING_TO_DOUBLE, "Shares."),
              Column.optional("at", ColumnType.TIMESTAMP, "When.")));

  @Test
  void trinoTablesAreExternalHivePartitionedByRunDateAndSynced() {
    String ddl = TableDdl.of(TableDdl.Dialect.TRINO, List.of(TABLE), "news", "s3://bucket/px/");

    assertThat(ddl)
        .contains("CREATE SCHEMA IF NOT EXISTS \"news\";")
        .contains(
            "CREATE TABLE IF NOT EXISTS \"news\".\"quotes\" (\n  quote_text VARCHAR,\n"
                + "  share MAP(VARCHAR, DOUBLE),\n  at TIMESTAMP,\n  run_date DATE\n)")
        .contains("external_location = 's3://bucket/px/quotes'")
        .contains("partitioned_by = ARRAY['run_date']")
        .contains("CALL system.sync_partition_metadata('news', 'quotes', 'ADD');");
  }

  @Test
  void sparkTablesCarryTheColumnDocsAsCommentsWithQuotesEscaped() {
    String ddl = TableDdl.of(TableDdl.Dialect.SPARK, List.of(TABLE), "news", "s3a://bucket/px");

    assertThat(ddl)
        .contains("quote_text STRING COMMENT 'The quote\\'s \\'words\\'.',")
        .contains("share MAP<STRING, DOUBLE> COMMENT 'Shares.',")
        .contains("USING parquet\nPARTITIONED BY (run_date)\nLOCATION 's3a://bucket/px/quotes';")
        .contains("MSCK REPAIR TABLE `news`.`quotes`;");
  }

  @Test
  void aSchemaNameIsQuotedWhateverItHolds() {
    String hostile = "x; DROP TABLE y; --`\"'";
    String spark = TableDdl.of(TableDdl.Dialect.SPARK, List.of(TABLE), hostile, "/data/px");
    assertThat(spark)
        .contains("CREATE DATABASE IF NOT EXISTS `x; DROP TABLE y; --``\"'`;")
        .contains("MSCK REPAIR TABLE `x; DROP TABLE y; --``\"'`.`quotes`;");
    String trino = TableDdl.of(TableDdl.Dialect.TRINO, List.of(TABLE), hostile, "s3://b/px");
    assertThat(trino)
        .contains("CREATE SCHEMA IF NOT EXISTS \"x; DROP TABLE y; --`\"\"'\";")
        .contains(
            "CALL system.sync_partition_metadata('x; DROP TABLE y; --`\"''', 'quotes', 'ADD');");
  }
}
