package io.parallax.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An output table: its name, its grain (what one row is), and its columns in file order. */
public record TableSchema(String name, String grain, List<Column> columns) {

  public TableSchema {
    columns = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    for (Column column : columns) {
      if (!seen.add(column.name())) {
        throw new IllegalArgumentException(
            "table " + name + " declares " + column.name() + " twice");
      }
    }
  }

  public int indexOf(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("table " + name + " has no column " + columnName);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
