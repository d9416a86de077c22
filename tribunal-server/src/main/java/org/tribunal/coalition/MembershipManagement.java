package org.tribunal.coalition;

/**
 * Commands on states, bodies and memberships. Each method is one transaction, appends one entry to the public record
 * ({@code coalition.state}, {@code coalition.body}, {@code coalition.membership}) and publishes one event
 * ({@link StateRegistered}, {@link BodyRegistered}, {@link MembershipRecorded}) in it. Thread-safe.
 */
public interface MembershipManagement {

  /**
   * Registers a state.
   *
   * @return the registered state
   * @throws DuplicateEntityException if the code is already registered
   */
  StateView registerState(NewState command);

  /**
   * Registers a body.
   *
   * @return the registered body
   * @throws DuplicateEntityException if the id is taken
   * @throws UnknownEntityException if the parent body is not registered
   */
  BodyView registerBody(NewBody command);

  /**
   * Records a membership as version 1.
   *
   * @return the recorded membership
   * @throws UnknownStateException if the party is a state that is not registered
   * @throws UnknownEntityException if the body is not registered
   * @throws MembershipOverlapException if the period overlaps another membership of the party in the body
   */
  MembershipView record(NewMembership command);

  /**
   * Corrects a membership by recording its next version; earlier versions stay readable.
   *
   * @return the new version
   * @throws UnknownEntityException if no such membership exists
   * @throws MembershipOverlapException if the corrected period overlaps another membership of the party in the body
   */
  MembershipView correct(MembershipId id, MembershipCorrection correction);
}
