package org.tribunal.coalition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a party stands on an instrument after the acts recorded so far. Moves: {@code NONE -> SIGNED -> CONSENTED
 * -> WITHDRAWN} and {@code NONE -> CONSENTED} (accession or definitive signature). Whether the instrument is in
 * force for a consented party is derived from dates (see {@link PartyStanding}), not stored.
 */
public enum ParticipationStatus {
  NONE, SIGNED, CONSENTED, WITHDRAWN;

  private static final Set<ParticipationStatus> NONE_NEXT = EnumSet.of(SIGNED, CONSENTED);
  private static final Set<ParticipationStatus> SIGNED_NEXT = EnumSet.of(CONSENTED);
  private static final Set<ParticipationStatus> CONSENTED_NEXT = EnumSet.of(WITHDRAWN);

  /** Returns whether a party may move from this status to {@code next}. */
  public boolean canMoveTo(ParticipationStatus next) {
    return switch (this) {
      case NONE -> NONE_NEXT.contains(next);
      case SIGNED -> SIGNED_NEXT.contains(next);
      case CONSENTED -> CONSENTED_NEXT.contains(next);
      case WITHDRAWN -> false;
    };
  }
}
