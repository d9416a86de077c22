package org.tribunal.merkle;

/**
 * Thrown when a proof cannot be right whatever the roots are: an index beyond the tree size, a
 * proof with the wrong number of hashes, sizes that go backwards, or a non-empty proof where an
 * empty one is required.
 */
public class InvalidProofException extends VerificationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the values that make the proof impossible.
   *
   * @param message what is wrong, with the index, sizes and lengths involved
   */
  public InvalidProofException(String message) {
    super(message);
  }
}
