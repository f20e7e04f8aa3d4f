package io.parallax.spark;

import io.parallax.report.Column;
import io.parallax.report.ColumnType;
import io.parallax.report.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's view of the declared output tables: StructTypes, and selecting a frame into a table's
 * shape.
 */
public final class SparkSchemas {
  private SparkSchemas() {}

  public static StructType structType(TableSchema table) {
    List<StructField> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      fields.add(
          DataTypes.createStructField(column.name(), sparkType(column.type()), column.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * The table's Spark schema without the outlet identity columns (`outlet_id`, `outlet_groups`):
   * the rows the compare stage builds per outlet, before {@link GroupCoverage#withOutletGroups}.
   */
  static StructType withoutOutletGroups(TableSchema table) {
    List<StructField> fields = new ArrayList<>();
    for (StructField field : structType(table).fields()) {
      if (!field.name().equals("outlet_id") && !field.name().equals("outlet_groups")) {
        fields.add(field);
      }
    }
    return DataTypes.createStructType(fields);
  }

  public static DataType sparkType(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
      case STRING_TO_LONG ->
          DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false);
      case STRING_TO_DOUBLE ->
          DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false);
      case STRING_TO_STRING ->
          DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
    };
  }

  /** The frame's columns of the table, in the declared order and types, and nothing else. */
  public static Dataset<Row> conform(Dataset<Row> frame, TableSchema table) {
    org.apache.spark.sql.Column[] columns =
        table.columns().stream()
            .map(c -> functions.col(c.name()).cast(sparkType(c.type())).as(c.name()))
            .toArray(org.apache.spark.sql.Column[]::new);
    return frame.select(columns);
  }

  /** A Java list as the Scala sequence a Row holds for an array column. */
  static Object seq(List<?> values) {
    return CollectionConverters.asScala(values).toSeq();
  }

  /** A Java map as the Scala map a Row holds for a map column. */
  static Object map(Map<String, ?> values) {
    return scala.collection.immutable.Map.from(CollectionConverters.asScala(values));
  }
}
