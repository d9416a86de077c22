package org.tribunal.coalition;

/**
 * Event: an instrument was registered.
 *
 * @param id the instrument
 * @param kind its kind
 */
public record InstrumentRegistered(InstrumentId id, InstrumentKind kind) {}
