package org.tribunal.coalition;

/**
 * Event: an instrument was corrected by a new version.
 *
 * @param id the instrument
 * @param version the new version
 */
public record InstrumentCorrected(InstrumentId id, int version) {}
