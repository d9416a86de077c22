package org.tribunal.evidence;

import java.io.InputStream;
import java.util.List;

/**
 * Working copies, kept apart from the read-only originals. Adding one records a COPIED custody event
 * on the original naming the copy's hash. Callers are authorised by the web layer (registrar only).
 */
public interface WorkingCopies {

  /**
   * Adds a working copy of {@code original}.
   *
   * @param content the copy's bytes, streamed and hashed like an intake
   * @return the copy
   * @throws UnknownEvidenceException if the original does not exist or the caller may not see it
   * @throws IllegalCustodyEventException if the original is not in custody
   * @throws IncompleteUploadException if the stream breaks
   */
  WorkingCopyView derive(EvidenceId original, InputStream content, NewWorkingCopy copy);

  /**
   * The working copies of {@code original}, oldest first.
   *
   * @throws UnknownEvidenceException if the original does not exist or the caller may not see it
   */
  List<WorkingCopyView> of(EvidenceId original);
}
