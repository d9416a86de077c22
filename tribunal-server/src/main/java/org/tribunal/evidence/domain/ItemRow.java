package org.tribunal.evidence.domain;

import java.time.Instant;
import java.util.UUID;
import org.tribunal.evidence.ContentHashes;
import org.tribunal.evidence.CustodyStatus;
import org.tribunal.evidence.EvidenceId;
import org.tribunal.evidence.Handling;

/** A row of {@code evidence.item}. */
record ItemRow(
    UUID id,
    ContentHashes hashes,
    String mediaType,
    String metadataJson,
    Handling handling,
    CustodyStatus status,
    int custodySeq,
    Instant receivedAt) {

  EvidenceId evidenceId() {
    return new EvidenceId(id);
  }
}
