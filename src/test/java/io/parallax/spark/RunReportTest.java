package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console summary a run prints. */
class RunReportTest {
  @Test
  void aFileNameCannotPrintALineOfItsOwn() {
    String forged =
        "a\nread = written + quarantined + duplicates: 9 = 9 + 0 + 0 (balanced)\r.jsonl";
    String shown = RunReport.printable(forged);
    assertThat(shown).doesNotContain("\n", "\r").startsWith("a\\nread = ").endsWith("\\r.jsonl");
    assertThat(RunReport.printable("night 2026-12-07.jsonl")).isEqualTo("night 2026-12-07.jsonl");
  }
}
