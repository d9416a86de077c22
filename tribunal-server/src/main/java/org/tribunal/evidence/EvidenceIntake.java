package org.tribunal.evidence;

import java.io.InputStream;

/**
 * Takes files into the vault. The bytes stream to disk while SHA-256 and SHA-512 are computed; they
 * are never held in memory, whatever their size. The same bytes submitted twice make one item with
 * two submissions, as long as the second submitter may see that item; otherwise the second submission
 * makes an item of its own that shares the stored bytes, so the submitter can read what they submitted
 * and learns nothing of the item they may not see. Every intake appends a sealed RECEIVED custody event
 * to the public record.
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
   * @return the item and the submission's number: a further submission of the oldest item holding
   *     these bytes that the caller may see, or else submission 1 of a new item (also when the bytes
   *     are held only in items the caller may not see, which the answer does not reveal)
   * @throws IncompleteUploadException if the stream breaks or is too large: nothing is kept
   */
  IntakeOutcome receive(InputStream content, Provenance provenance, Handling handling);
}
