package org.tribunal.coalition;

/**
 * Commands on instruments and the actions parties take on them. Each method is one transaction and publishes its
 * event ({@link InstrumentRegistered}, {@link InstrumentActionRecorded}, and {@link InstrumentEntryIntoForceFixed}
 * when a consent reaches the threshold) in it. Thread-safe.
 */
public interface InstrumentManagement {

  /**
   * Registers an instrument.
   *
   * @return the registered instrument
   * @throws DuplicateEntityException if the id is taken
   * @throws UnknownEntityException if the body or the parent instrument is not registered
   */
  InstrumentView register(NewInstrument command);

  /**
   * Records an action as version 1, after replaying the party's actions in date order with this one added.
   *
   * @return the recorded action
   * @throws UnknownEntityException if the instrument is not registered
   * @throws UnknownStateException if the party is a state that is not registered
   * @throws IllegalActionSequenceException if the action does not follow from the party's other actions
   */
  InstrumentActionView record(NewInstrumentAction command);

  /**
   * Corrects an action by its next version; the party's sequence must stay legal.
   *
   * @return the new version
   * @throws UnknownEntityException if no such action exists
   * @throws IllegalActionSequenceException if the corrected sequence is illegal
   */
  InstrumentActionView correct(InstrumentActionId id, InstrumentActionCorrection correction);
}
