package org.tribunal.evidence;

import org.tribunal.shared.DomainException;

/**
 * An upload ended before its last byte or could not be read (400, {@code /problems/incomplete-upload}).
 * Nothing was kept: no item, no submission, no stored file. The upload may be sent again.
 */
public final class IncompleteUploadException extends DomainException {

  private static final long serialVersionUID = 1L;

  private IncompleteUploadException(String detail) {
    super("incomplete-upload", 400, "Incomplete upload", detail);
  }

  /** The stream broke after {@code received} bytes. */
  public static IncompleteUploadException after(long received) {
    IncompleteUploadException e = new IncompleteUploadException(
        "The upload broke off after " + received + " bytes; nothing was kept. Send it again.");
    e.with("receivedBytes", received);
    return e;
  }

  /** The upload is larger than {@code limit} bytes. */
  public static IncompleteUploadException tooLarge(long limit) {
    IncompleteUploadException e = new IncompleteUploadException(
        "The upload is larger than the limit of " + limit + " bytes; nothing was kept.");
    e.with("limit", limit);
    return e;
  }

  /** The request carried no file. */
  public static IncompleteUploadException noFile() {
    return new IncompleteUploadException("The request carries no file.");
  }
}
