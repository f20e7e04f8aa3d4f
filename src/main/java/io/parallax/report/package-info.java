/**
 * Output tables: every table's columns, types and meanings declared once ({@link
 * io.parallax.report.OutputTables}); the Spark schemas and the README's data dictionary are
 * generated from them.
 */
package io.parallax.report;
