package io.parallax.errors;

/**
 * A mistake the user can fix (a path, a flag, a config key). Printed as one line, never as a stack
 * trace.
 */
public final class UserException extends RuntimeException {
  UserException(String message) {
    super(message, null, false, false);
  }
}
