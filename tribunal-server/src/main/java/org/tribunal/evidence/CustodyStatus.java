package org.tribunal.evidence;

/** Where an item stands in its chain of custody, derived from its last event. */
public enum CustodyStatus {
  /** Held by the registry (possibly by a named custodian within it). */
  IN_CUSTODY,
  /** Released outside the registry; only its return or destruction may follow. */
  RELEASED,
  /** Destroyed with authority; nothing may follow and its bytes are gone. */
  DESTROYED
}
