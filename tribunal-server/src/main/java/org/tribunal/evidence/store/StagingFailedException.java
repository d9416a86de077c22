package org.tribunal.evidence.store;

import java.io.IOException;

/** The bytes being staged could not all be received: the stream broke or was too long. */
public final class StagingFailedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long received;
  private final boolean tooLarge;

  private StagingFailedException(String message, long received, boolean tooLarge, Throwable cause) {
    super(message, cause);
    this.received = received;
    this.tooLarge = tooLarge;
  }

  static StagingFailedException broken(long received, IOException cause) {
    return new StagingFailedException("stream broke after " + received + " bytes", received, false, cause);
  }

  static StagingFailedException tooLarge(long limit) {
    return new StagingFailedException("more than " + limit + " bytes", limit, true, null);
  }

  /** How many bytes arrived before the failure. */
  public long received() {
    return received;
  }

  /** Whether the stream was longer than allowed (rather than broken). */
  public boolean isTooLarge() {
    return tooLarge;
  }
}
