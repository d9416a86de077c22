package org.tribunal.merkle;

import org.tribunal.merkle.hash.Hash;

/**
 * Thrown when a well-formed proof leads to a root other than the one the caller trusts: the leaf,
 * the proof or the trusted root is not what it claims to be.
 *
 * <p>It carries both roots, so that a monitor can report exactly what it saw.
 */
public class RootMismatchException extends VerificationException {

  private static final long serialVersionUID = 1L;

  private final transient Hash expected;
  private final transient Hash calculated;

  /**
   * Creates an exception for a proof that computed {@code calculated} instead of {@code expected}.
   *
   * @param context what was being verified, naming index and sizes
   * @param expected the trusted root
   * @param calculated the root the proof leads to
   */
  public RootMismatchException(String context, Hash expected, Hash calculated) {
    super(context + ": calculated root " + calculated + " does not match expected root " + expected);
    this.expected = expected;
    this.calculated = calculated;
  }

  /**
   * Returns the root the caller trusted.
   *
   * @return the expected root
   */
  public Hash expected() {
    return expected;
  }

  /**
   * Returns the root the proof actually leads to.
   *
   * @return the calculated root
   */
  public Hash calculated() {
    return calculated;
  }
}
