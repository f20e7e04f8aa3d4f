package io.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.InputFormat;
import io.parallax.ingest.OutletRegistry;
import io.parallax.ingest.RawRecord;
import io.parallax.ingest.ReasonCode;
import io.parallax.report.ColumnType;
import io.parallax.report.OutputTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The ingest stage on Spark: reads every input file into raw records, normalises them in parallel,
 * keeps one of each set of exact duplicates (same outlet, same cleaned text) and gives each id to
 * one article only. Produces the `articles` and `quarantine` frames; nothing is collected to the
 * driver.
 */
final class IngestRunner {
  /** The stage's frames; {@link #close()} releases what it cached. */
  record Result(
      long recordsRead,
      Dataset<Row> outcomes,
      Dataset<Row> ranked,
      Dataset<Row> articles,
      Dataset<Row> quarantine)
      implements AutoCloseable {
    @Override
    public void close() {
      ranked.unpersist();
      outcomes.unpersist();
    }
  }

  private IngestRunner() {}

  static Result run(
      SparkSession spark,
      List<InputFiles.InputFile> files,
      IngestSettings settings,
      OutletRegistry registry,
      String runId,
      EarlierArticles earlier,
      LocalDate runDate,
      ProgressReporter progress) {
    LongAccumulator normalised = progress.stage("ingest: read and normalise");
    // Normalising costs far more than reading, so a few large files are spread over every core,
    // and a large input over more tasks still.
    int tasks =
        SparkSessions.heavyStageTasks(
            spark,
            files.stream().mapToLong(InputFiles.InputFile::bytes).sum(),
            TaskSizing.INGEST_BYTES_PER_TASK);
    Dataset<Row> raw = readRaw(spark, files, tasks, settings);
    if (raw.rdd().getNumPartitions() < tasks) {
      raw = raw.repartition(tasks);
    }
    Dataset<Row> normalisedRows =
        raw.mapPartitions(
                new NormaliseRecords(settings, registry, normalised),
                Encoders.row(OutcomeRows.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long read = normalisedRows.count();
    progress.finished("records", read);
    progress.stage("ingest: outlet templates");
    Dataset<Row> outcomes =
        OutletTemplateRemoval.apply(spark, normalisedRows, settings, earlier, runDate)
            .persist(StorageLevel.MEMORY_AND_DISK());
    progress.finished("records", outcomes.count());
    normalisedRows.unpersist();

    WindowSpec sameContent = Window.partitionBy("outlet_id", "content_hash");
    WindowSpec sameId = Window.partitionBy("article_id");
    Dataset<Row> distinct =
        outcomes
            .filter(col("reason_code").isNull())
            .withColumn("_content_rank", row_number().over(ordered(sameContent)))
            .withColumn("duplicate_count", count(lit(1)).over(sameContent).minus(1))
            .filter(col("_content_rank").equalTo(1));
    Dataset<Row> ranked =
        distinct
            .withColumn("_id_rank", row_number().over(ordered(sameId)))
            .withColumn(
                "_id_holder",
                first(concat(col("source_file"), lit(":"), col("source_position").cast("string")))
                    .over(ordered(sameId)))
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> articles =
        SparkSchemas.conform(
                ranked
                    .filter(col("_id_rank").equalTo(1))
                    // One display name per outlet in a run ("CNN" and "cnn" are one outlet).
                    .withColumn("outlet", min(col("outlet")).over(Window.partitionBy("outlet_id")))
                    // The align stage fills these in.
                    .withColumn("story_id", lit(null).cast("string"))
                    .withColumn(
                        "frames",
                        lit(null).cast(SparkSchemas.sparkType(ColumnType.STRING_TO_DOUBLE)))
                    .withColumn("run_id", lit(runId)),
                OutputTables.ARTICLES)
            .sortWithinPartitions("article_id");
    Dataset<Row> idConflicts =
        ranked
            .filter(col("_id_rank").gt(1))
            .withColumn("reason_code", lit(ReasonCode.DUPLICATE_ID.code()))
            .withColumn(
                "message",
                concat(
                    lit("article_id '"),
                    col("article_id"),
                    lit("' is already used by the record at "),
                    col("_id_holder"),
                    lit(" (different outlet or text); give each article its own id")));
    Dataset<Row> quarantine =
        SparkSchemas.conform(
            outcomes
                .filter(col("reason_code").isNotNull())
                .unionByName(idConflicts.select(columnsOf(outcomes)))
                .withColumn("stage", lit("ingest"))
                .withColumn("run_id", lit(runId)),
            OutputTables.QUARANTINE);
    return new Result(
        read,
        outcomes,
        ranked,
        articles,
        quarantine.sortWithinPartitions("source_file", "source_position"));
  }

  /**
   * Lines each boilerplate rule removed from the written articles (exact duplicates and id
   * conflicts left out), rule by rule.
   */
  static Map<String, Long> boilerplateLinesRemoved(Result ingest) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row :
        ingest
            .ranked()
            .filter(col("_id_rank").equalTo(1))
            .select(explode(col("boilerplate_counts")).as(new String[] {"rule", "lines"}))
            .groupBy("rule")
            .agg(sum("lines"))
            .collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  private static WindowSpec ordered(WindowSpec window) {
    return window.orderBy(col("published_at"), col("source_file"), col("source_position"));
  }

  private static org.apache.spark.sql.Column[] columnsOf(Dataset<Row> frame) {
    return java.util.Arrays.stream(frame.columns())
        .map(functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  private static Dataset<Row> readRaw(
      SparkSession spark, List<InputFiles.InputFile> files, int tasks, IngestSettings settings) {
    List<InputFiles.InputFile> text =
        files.stream().filter(f -> f.format() != InputFormat.PARQUET).toList();
    List<InputFiles.InputFile> parquet =
        files.stream().filter(f -> f.format() == InputFormat.PARQUET).toList();
    Dataset<Row> raw = spark.createDataFrame(List.of(), NormaliseRecords.RAW_SCHEMA);
    if (!text.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int slices = Math.min(text.size(), tasks);
      JavaRDD<RawRecord> records =
          jsc.parallelize(text, slices)
              .mapPartitions(
                  new ReadTextFiles(spark.sparkContext().hadoopConfiguration(), settings));
      raw =
          raw.unionByName(
              spark.createDataFrame(
                  records.map(NormaliseRecords::rawRow), NormaliseRecords.RAW_SCHEMA));
    }
    if (!parquet.isEmpty()) {
      raw = raw.unionByName(ParquetInput.read(spark, parquet));
    }
    return raw;
  }
}
