package org.tribunal.coalition;

import java.time.LocalDate;

/**
 * Event: a recorded consent made an instrument's entry-into-force date computable (the threshold was reached). The
 * date may lie in the future.
 *
 * @param instrument the instrument
 * @param inForceFrom the computed date
 */
public record InstrumentEntryIntoForceFixed(InstrumentId instrument, LocalDate inForceFrom) {}
