package io.parallax.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads Parallax's Parquet output the way an analyst would: DuckDB SQL over read_parquet with Hive
 * partitions.
 */
final class DuckDb {
  private DuckDb() {}

  /**
   * The SQL an analyst writes for a table: {@code read_parquet('<out>/<table>/*}{@code /*.parquet',
   * hive_partitioning = true)}.
   */
  static String table(Path output, String table) {
    return "read_parquet('" + output.resolve(table) + "/*/*.parquet', hive_partitioning = true)";
  }

  /** Runs a query; each row is a list of column values as JDBC returns them. */
  static List<List<Object>> query(String sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<List<Object>> result = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rows.getObject(i));
        }
        result.add(row);
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + sql, e);
    }
  }

  static Object scalar(String sql) {
    return query(sql).get(0).get(0);
  }

  static long count(String sql) {
    return ((Number) scalar(sql)).longValue();
  }

  /**
   * Rows as text with maps in key order: DuckDB's JDBC list values compare by identity, and a map
   * column's key order follows the order its entries were gathered in, which may differ between
   * runs.
   */
  static List<String> comparable(List<List<Object>> rows) {
    List<String> out = new ArrayList<>();
    for (List<Object> row : rows) {
      List<String> values = new ArrayList<>();
      for (Object value : row) {
        values.add(
            value instanceof Map<?, ?> map ? new TreeMap<>(map).toString() : String.valueOf(value));
      }
      out.add(values.toString());
    }
    return out;
  }

  /**
   * Asserts that every table but run_summary holds the same rows under both outputs, run ids aside:
   * what a user would check after a run that should not have changed the results.
   */
  static void assertSameTablesButRunSummary(Path actual, Path expected) {
    for (io.parallax.report.TableSchema t : io.parallax.report.OutputTables.ALL) {
      if (t == io.parallax.report.OutputTables.RUN_SUMMARY) {
        continue;
      }
      String rows = "SELECT * EXCLUDE (run_id) FROM %s ORDER BY ALL";
      org.assertj.core.api.Assertions.assertThat(
              comparable(query(rows.formatted(table(actual, t.name())))))
          .as(t.name())
          .isEqualTo(comparable(query(rows.formatted(table(expected, t.name())))));
    }
  }
}
