package org.tribunal.merkle;

/**
 * Thrown when well-formed input does not verify: a proof that does not lead to the expected root, a
 * signature that does not match, a checkpoint that is not consistent with an earlier one.
 *
 * <p>It is checked on purpose: every caller of a verification must decide what a failure means.
 */
public class VerificationException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception whose message says what did not verify and with which values.
   *
   * @param message what failed, naming the values involved
   */
  public VerificationException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what failed, naming the values involved
   * @param cause the underlying failure
   */
  public VerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
