package org.tribunal.evidence;

/**
 * Records the chain of custody. Each event is appended (never changed), checked against the chain
 * (nothing after a destruction, a return only after a release...), and sealed into the public
 * record in the same transaction. Callers are authorised by the web layer (registrar only).
 */
public interface CustodyManagement {

  /**
   * Appends an event to the chain of {@code id}.
   *
   * @return the event as recorded
   * @throws UnknownEvidenceException if the item does not exist or the caller may not see it
   * @throws IllegalCustodyEventException if the event may not follow the chain
   */
  CustodyEventView record(EvidenceId id, NewCustodyEvent event);

  /**
   * Opens the original's bytes for reading and records an ACCESSED event naming {@code reason}.
   *
   * @throws UnknownEvidenceException if the item does not exist or the caller may not see it
   * @throws IllegalCustodyEventException if the item is released or destroyed
   */
  EvidenceFile access(EvidenceId id, String reason);
}
