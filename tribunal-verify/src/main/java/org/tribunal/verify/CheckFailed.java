package org.tribunal.verify;

/** Thrown inside a command when an input cannot be checked at all: exit code 2. */
final class CheckFailed extends Exception {

  private static final long serialVersionUID = 1L;

  CheckFailed(String message, Throwable cause) {
    super(message, cause);
  }

  CheckFailed(String message) {
    super(message);
  }
}
