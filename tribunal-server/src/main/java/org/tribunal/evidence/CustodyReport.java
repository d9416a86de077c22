package org.tribunal.evidence;

import java.time.Instant;
import java.util.List;

/**
 * An item's whole chain of custody, for printing, export and court.
 *
 * @param item the item with its submissions
 * @param chain every custody event, oldest first, each with its log index
 * @param workingCopies the copies derived from it
 * @param generatedAt when this report was made (UTC)
 */
public record CustodyReport(
    EvidenceItemView item, List<CustodyEventView> chain, List<WorkingCopyView> workingCopies, Instant generatedAt) {

  public CustodyReport {
    chain = List.copyOf(chain);
    workingCopies = List.copyOf(workingCopies);
  }
}
