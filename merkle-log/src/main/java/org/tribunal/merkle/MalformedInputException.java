package org.tribunal.merkle;

/**
 * Thrown when input cannot be parsed at all: a note without a blank line before its signatures, a
 * checkpoint whose size is not a decimal number, a tile whose length is not a multiple of 32.
 *
 * <p>The message names the precise reason, and where it can, the line or byte offset at fault.
 */
public class MalformedInputException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception whose message gives the precise reason the input was rejected.
   *
   * @param message the reason, naming the line or offset where known
   */
  public MalformedInputException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a reason and the failure that revealed it.
   *
   * @param message the reason, naming the line or offset where known
   * @param cause the underlying failure
   */
  public MalformedInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
