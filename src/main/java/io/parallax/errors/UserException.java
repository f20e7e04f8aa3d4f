package io.parallax.errors;

/**
 * A mistake the user can fix (a path, a flag, a config key). Printed as one line, never as a stack
 * trace.
 */
public final class UserException extends RuntimeException {
  /** Exit code for a user mistake (bad flag, missing input, bad config). */
  public static final int USER_ERROR = 2;

  /**
   * Exit code when another run of the same date is writing the same output: EX_TEMPFAIL of
   * sysexits.h, "try again later".
   */
  public static final int RUN_IN_PROGRESS = 75;

  private final int exitCode;

  UserException(String message) {
    this(message, USER_ERROR);
  }

  UserException(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** The process exit code this mistake ends the command with. */
  public int exitCode() {
    return exitCode;
  }
}
