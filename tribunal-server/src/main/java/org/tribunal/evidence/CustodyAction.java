package org.tribunal.evidence;

import java.util.EnumSet;
import java.util.Set;

/**
 * What happened to an item, one event in its chain of custody. Each action says in which
 * {@link CustodyStatus} it may happen and what status follows; nothing follows {@link #DESTROYED}.
 */
public enum CustodyAction {
  /** The vault received the item (first event; again for each further submission of the same bytes). */
  RECEIVED(EnumSet.of(CustodyStatus.IN_CUSTODY, CustodyStatus.RELEASED), CustodyStatus.IN_CUSTODY),
  /** Sealed (physically or logically) against change. */
  SEALED(EnumSet.of(CustodyStatus.IN_CUSTODY), CustodyStatus.IN_CUSTODY),
  /** Handed from one custodian to another within the registry; names the new custodian. */
  TRANSFERRED(EnumSet.of(CustodyStatus.IN_CUSTODY), CustodyStatus.IN_CUSTODY),
  /** The original's bytes were read (downloaded, viewed). */
  ACCESSED(EnumSet.of(CustodyStatus.IN_CUSTODY), CustodyStatus.IN_CUSTODY),
  /** A copy was made; names the copy's SHA-256. */
  COPIED(EnumSet.of(CustodyStatus.IN_CUSTODY), CustodyStatus.IN_CUSTODY),
  /** Examined by a specialist. */
  EXAMINED(EnumSet.of(CustodyStatus.IN_CUSTODY), CustodyStatus.IN_CUSTODY),
  /** Released outside the registry (to a court, a state, an expert). */
  RELEASED(EnumSet.of(CustodyStatus.IN_CUSTODY), CustodyStatus.RELEASED),
  /** Came back after a release. */
  RETURNED(EnumSet.of(CustodyStatus.RELEASED), CustodyStatus.IN_CUSTODY),
  /** Destroyed on a named authority (an order, a decision). */
  DESTROYED(EnumSet.of(CustodyStatus.IN_CUSTODY, CustodyStatus.RELEASED), CustodyStatus.DESTROYED);

  private final Set<CustodyStatus> allowedFrom;
  private final CustodyStatus leadsTo;

  CustodyAction(Set<CustodyStatus> allowedFrom, CustodyStatus leadsTo) {
    this.allowedFrom = allowedFrom;
    this.leadsTo = leadsTo;
  }

  /** Whether this action may happen to an item in {@code status}. */
  public boolean isAllowedFrom(CustodyStatus status) {
    return allowedFrom.contains(status);
  }

  /** The status after this action. */
  public CustodyStatus leadsTo() {
    return leadsTo;
  }
}
