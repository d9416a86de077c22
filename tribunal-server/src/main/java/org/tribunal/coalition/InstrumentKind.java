package org.tribunal.coalition;

/** What sort of instrument an {@link InstrumentView} is. */
public enum InstrumentKind {
  AGREEMENT, STATUTE, CONVENTION,
  /** A Council of Europe (enlarged) partial-agreement resolution; not a treaty. */
  PARTIAL_AGREEMENT_RESOLUTION
}
