package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data-driven boilerplate rule: a line that recurs in many articles of one outlet is that
 * outlet's template ("Advertisement Continue reading the main story", a subscription plea, a
 * standard disclaimer), not its reporting. A curated list of phrases is always one site behind;
 * counting lines per outlet finds the rest. Which lines recur is counted on Spark; this removes
 * them.
 */
public final class OutletTemplates {
  /**
   * Longer lines (in whitespace-separated words) are reporting even when repeated (a wire
   * background paragraph).
   */
  public static final int MAX_TEMPLATE_WORDS = 40;

  /** Rule name in `run_summary.boilerplate_lines_removed`. */
  public static final String RULE = "outlet_template";

  /** The text without its template lines, and the lines removed, in order. */
  public record Removal(String text, List<String> removed) {
    public Removal {
      removed = List.copyOf(removed);
    }
  }

  private OutletTemplates() {}

  /** The text's paragraphs (cleaned text holds one per blank-line-separated block). */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * Removes the template lines; an article made only of template lines keeps its text, since
   * dropping all of it would lose the article rather than its boilerplate.
   */
  public static Removal remove(String text, Set<String> templates) {
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (String line : lines(text)) {
      if (templates.contains(line)) {
        removed.add(line);
      } else {
        kept.add(line);
      }
    }
    if (kept.isEmpty() || removed.isEmpty()) {
      return new Removal(text, List.of());
    }
    return new Removal(String.join("\n\n", kept), removed);
  }
}
