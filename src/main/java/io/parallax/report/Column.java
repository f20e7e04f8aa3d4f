package io.parallax.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One output column: its stable snake_case name, its type, whether it may be null, and what it
 * means.
 */
public record Column(String name, ColumnType type, boolean nullable, String doc) {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

  public Column {
    Objects.requireNonNull(type, "type");
    if (name == null || !SNAKE_CASE.matcher(name).matches()) {
      throw new IllegalArgumentException("column name must be snake_case: " + name);
    }
    if (doc == null || doc.isBlank()) {
      throw new IllegalArgumentException("column " + name + " needs a doc line");
    }
  }

  public static Column required(String name, ColumnType type, String doc) {
    return new Column(name, type, false, doc);
  }

  public static Column optional(String name, ColumnType type, String doc) {
    return new Column(name, type, true, doc);
  }
}
