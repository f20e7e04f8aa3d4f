package io.parallax.report;

/** The column types Parallax writes, named as an analyst's SQL tool shows them. */
public enum ColumnType {
  STRING("VARCHAR"),
  INT("INTEGER"),
  LONG("BIGINT"),
  DOUBLE("DOUBLE"),
  BOOLEAN("BOOLEAN"),
  DATE("DATE"),
  /** An instant in UTC, stored as Parquet TIMESTAMP_MICROS (adjusted to UTC). */
  TIMESTAMP("TIMESTAMP WITH TIME ZONE"),
  STRING_LIST("VARCHAR[]"),
  STRING_TO_LONG("MAP(VARCHAR, BIGINT)"),
  STRING_TO_DOUBLE("MAP(VARCHAR, DOUBLE)"),
  STRING_TO_STRING("MAP(VARCHAR, VARCHAR)");

  private final String sqlName;

  ColumnType(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The type as DuckDB's DESCRIBE prints it. */
  public String sqlName() {
    return sqlName;
  }
}
