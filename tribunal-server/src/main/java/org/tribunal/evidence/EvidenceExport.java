package org.tribunal.evidence;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Packs items into a BagIt bag (RFC 8493): the originals and their working copies under
 * {@code data/}, SHA-256 and SHA-512 manifests, each item's custody report (JSON and printable HTML)
 * as tag files, and tag manifests, so that {@code tribunal-verify verify-bag} can check the bag
 * offline. Every original is re-hashed while it is packed; an export records a COPIED custody event
 * on each original. Callers are authorised by the web layer (registrar only).
 */
public interface EvidenceExport {

  /**
   * Writes a bag of {@code items} as a zip to {@code out} (not closed).
   *
   * @param reason why the items leave the vault, recorded in each custody chain
   * @throws UnknownEvidenceException if an item does not exist or the caller may not see it
   * @throws IllegalCustodyEventException if an item is not in custody
   */
  void writeZip(List<EvidenceId> items, String reason, OutputStream out);

  /**
   * Writes a bag of {@code items} into the empty or missing directory {@code dir}.
   *
   * @param reason why the items leave the vault, recorded in each custody chain
   * @throws UnknownEvidenceException if an item does not exist or the caller may not see it
   * @throws IllegalCustodyEventException if an item is not in custody
   */
  void writeDirectory(List<EvidenceId> items, String reason, Path dir);
}
