package io.parallax.ingest;

/**
 * A record breaks the input contract; carries the quarantine reason and a message for the analyst.
 */
final class RecordProblem extends Exception {
  private final ReasonCode reason;

  RecordProblem(ReasonCode reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  ReasonCode reason() {
    return reason;
  }
}
