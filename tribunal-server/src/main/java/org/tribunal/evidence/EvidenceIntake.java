package org.tribunal.evidence;

import java.io.InputStream;

/**
 * Takes files into the vault. The bytes stream to disk while SHA-256 and SHA-512 are computed; they
 * are never held in memory, whatever their size. The same bytes submitted twice make one item with
 * two submissions. Every intake appends a sealed RECEIVED custody event to the public record.
 * Callers are authorised by the web layer (registrar only).
 */
public interface EvidenceIntake {

  /**
   * Receives one file.
   *
   * @param content the bytes, read to their end (not closed)
   * @param provenance where the file comes from
   * @param handling its classification and compartments; a further submission of held bytes makes
   *     the item's handling the strictest of both
   * @return the item and the submission's number; if the bytes are already held in an item the
   *     caller may not see, the submission is recorded against that item but the answer is the one a
   *     fresh intake would give (a new id, the caller's handling and submission only), so it reveals
   *     nothing of the held item
   * @throws IncompleteUploadException if the stream breaks or is too large: nothing is kept
   */
  IntakeOutcome receive(InputStream content, Provenance provenance, Handling handling);
}
