package io.parallax.spark;

import io.parallax.report.OutputTables;
import io.parallax.report.TableSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a finished run did, counted from the tables it wrote. */
public record RunReport(
    String runId,
    LocalDate runDate,
    String output,
    int inputFiles,
    long recordsRead,
    long articlesWritten,
    long quarantined,
    long duplicates,
    long annotateQuarantined,
    long sentencesWritten,
    long storiesWritten,
    long storiesMerged,
    Map<String, Long> quarantinedByReason,
    Map<String, Long> excludedByReason,
    List<String> skippedFiles,
    Map<String, Long> boilerplateLinesRemoved,
    long omissionsWritten,
    Map<String, Long> omissionsNotWritten,
    io.parallax.compare.Omissions.Limits omissionLimits,
    String outletRegistry,
    long registeredOutlets,
    Map<String, Long> unregisteredOutlets) {

  /**
   * A file name as the console shows it: line breaks and other control characters written as
   * escapes, so that a name cannot print a line of its own (a forged "balanced" line).
   */
  static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (Character.getType(c) == Character.CONTROL
                  || Character.getType(c) == Character.LINE_SEPARATOR
                  || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Unregistered outlets the summary names; run_summary.unregistered_outlets has them all. */
  static final int UNREGISTERED_NAMED = 10;

  public boolean balanced() {
    return recordsRead == articlesWritten + quarantined + duplicates;
  }

  /** The few lines printed when a run ends. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Parallax run %s for %s%n", runId, runDate));
    out.append(
        String.format(
            Locale.ROOT, "  read         %,d records from %,d files%n", recordsRead, inputFiles));
    out.append(
        String.format(
            Locale.ROOT,
            "  written      %,d articles%s%n",
            articlesWritten,
            breakdown(" — kept out of English stages: ", excludedByReason)));
    out.append(
        String.format(
            Locale.ROOT,
            "  quarantined  %,d%s%n",
            quarantined,
            breakdown(" — ", quarantinedByReason)));
    out.append(String.format(Locale.ROOT, "  duplicates   %,d exact copies dropped%n", duplicates));
    out.append(
        String.format(
            Locale.ROOT,
            "  read = written + quarantined + duplicates: %,d = %,d + %,d + %,d (%s)%n",
            recordsRead,
            articlesWritten,
            quarantined,
            duplicates,
            balanced() ? "balanced" : "NOT BALANCED"));
    out.append(
        String.format(
            Locale.ROOT, "  sentences    %,d from the articles in English%n", sentencesWritten));
    out.append(
        String.format(
            Locale.ROOT,
            "  stories      %,d with articles of this date (%,d merged into others)%n",
            storiesWritten,
            storiesMerged));
    if (!boilerplateLinesRemoved.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  boilerplate  %,d lines removed — %s%n",
              boilerplateLinesRemoved.values().stream().mapToLong(Long::longValue).sum(),
              boilerplateLinesRemoved.entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", "))));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  omissions    %,d rows; not written: %,d claim x outlet pairs under confidence %.2f"
                + " (run_summary.omissions_not_written), %,d over the cap of %,d per outlet and"
                + " story%n",
            omissionsWritten,
            omissionsNotWritten.getOrDefault("claim_under_confidence", 0L),
            omissionLimits.minClaimConfidence(),
            omissionsNotWritten.getOrDefault("over_per_outlet_cap", 0L),
            omissionLimits.perOutlet()));
    out.append(outletsLine());
    if (!skippedFiles.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  skipped      %d files not read (empty, or no reader for the name): %s%n",
              skippedFiles.size(),
              skippedFiles.stream().map(RunReport::printable).toList()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Tables: %s/{%s}/run_date=%s/%n",
            output,
            OutputTables.ALL.stream().map(TableSchema::name).collect(Collectors.joining(",")),
            runDate));
    return out.toString();
  }

  private String outletsLine() {
    if (outletRegistry == null) {
      return String.format(
          Locale.ROOT,
          "  outlets      %,d, no registry: each is its canonical key (--outlets FILE)%n",
          unregisteredOutlets.size());
    }
    String named =
        unregisteredOutlets.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(UNREGISTERED_NAMED)
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    int more = Math.max(0, unregisteredOutlets.size() - UNREGISTERED_NAMED);
    return String.format(
        Locale.ROOT,
        "  outlets      %,d in the registry %s, %,d not in it%s%s%n",
        registeredOutlets,
        outletRegistry,
        unregisteredOutlets.size(),
        named.isEmpty() ? "" : ": " + named,
        more == 0
            ? ""
            : String.format(Locale.ROOT, " and %,d more (run_summary.unregistered_outlets)", more));
  }

  private static String breakdown(String prefix, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    return prefix
        + counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
