package org.tribunal.coalition;

/**
 * Commands on instruments and the actions parties take on them. Each method is one transaction, appends one entry per
 * changed record to the public record, and publishes its event ({@link InstrumentRegistered},
 * {@link InstrumentCorrected}, {@link InstrumentActionRecorded}, and {@link InstrumentEntryIntoForceFixed} when the
 * change fixes a new entry-into-force date) in it. Thread-safe.
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
   * Corrects an instrument by recording its next version; earlier versions stay readable. When the signature
   * requirement changes, every party's recorded actions are replayed under the new requirement.
   *
   * @return the new version
   * @throws UnknownEntityException if no such instrument exists, or the body or parent instrument is not registered
   * @throws InvalidFieldException if the instrument would be annexed to itself
   * @throws IllegalActionSequenceException if a party's recorded actions no longer follow under the corrected rule
   */
  InstrumentView correct(InstrumentId id, InstrumentCorrection correction);

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
