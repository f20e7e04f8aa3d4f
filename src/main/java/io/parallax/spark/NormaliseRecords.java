package io.parallax.spark;

import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.LinguaLanguageIdentifier;
import io.parallax.ingest.OutletRegistry;
import io.parallax.ingest.RawRecord;
import io.parallax.ingest.RecordNormaliser;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/** Spark adapter around {@link RecordNormaliser}: raw record rows in, {@link OutcomeRows} out. */
final class NormaliseRecords implements MapPartitionsFunction<Row, Row> {
  /** Raw records as every reader produces them. */
  static final StructType RAW_SCHEMA =
      new StructType()
          .add("source_file", DataTypes.StringType, false)
          .add("source_position", DataTypes.LongType, false)
          .add("source_format", DataTypes.StringType, false)
          .add("raw_record", DataTypes.StringType, false)
          .add("read_error", DataTypes.StringType, true)
          .add("read_reason", DataTypes.StringType, true);

  private final IngestSettings settings;
  private final OutletRegistry registry;
  private final LongAccumulator recordsDone;

  NormaliseRecords(IngestSettings settings, OutletRegistry registry, LongAccumulator recordsDone) {
    this.settings = settings;
    this.registry = registry;
    this.recordsDone = recordsDone;
  }

  static Row rawRow(RawRecord record) {
    return RowFactory.create(
        record.sourceFile(),
        record.position(),
        record.format(),
        record.raw(),
        record.readError(),
        record.readReason());
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    RecordNormaliser normaliser = new RecordNormaliser(settings, LinguaLanguageIdentifier.INSTANCE);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        RawRecord record =
            new RawRecord(
                row.getString(0),
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5));
        Row outcome = OutcomeRows.toRow(normaliser.normalise(record), registry);
        recordsDone.add(1);
        return outcome;
      }
    };
  }
}
