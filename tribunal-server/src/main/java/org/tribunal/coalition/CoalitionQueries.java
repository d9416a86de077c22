package org.tribunal.coalition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tribunal.shared.StateCode;

/**
 * Reads of the coalition registry. Methods that take {@code asOf} answer for that day (valid time) and count only the
 * latest, non-retracted version of each fact; history methods return every version. Lists are sorted as stated and
 * never {@code null}. Read-only transactions; thread-safe.
 */
public interface CoalitionQueries {

  /** Returns all registered states, by code. */
  List<StateView> states();

  /** Returns one page of the registered states, by code. */
  Page<StateView> states(PageRequest page);

  /** Returns the state with {@code code}, or empty. */
  Optional<StateView> findState(StateCode code);

  /**
   * Returns the state with {@code code}.
   *
   * @throws UnknownStateException if it is not registered
   */
  StateView getState(StateCode code);

  /** Returns all bodies, by id. */
  List<BodyView> bodies();

  /**
   * Returns the body with {@code id}.
   *
   * @throws UnknownEntityException if it is not registered
   */
  BodyView getBody(BodyId id);

  /**
   * Returns the memberships in {@code body} whose period contains {@code asOf} and whose status belongs
   * ({@link MembershipStatus#belongs()}), by party.
   *
   * @throws UnknownEntityException if the body is not registered
   */
  List<MembershipView> membersOf(BodyId body, LocalDate asOf);

  /**
   * Returns one page of {@link #membersOf(BodyId, LocalDate)}: states first, then organisations, by code.
   *
   * @throws UnknownEntityException if the body is not registered
   */
  Page<MembershipView> membersOf(BodyId body, LocalDate asOf, PageRequest page);

  /** Returns whether {@code party} belongs to {@code body} on {@code asOf}. */
  boolean isMember(Party party, BodyId body, LocalDate asOf);

  /** Returns every current membership of {@code party} (all periods: its timeline), by body then start. */
  List<MembershipView> membershipsOf(Party party);

  /**
   * Returns current memberships filtered by body and party (either may be {@code null} for all) and, when
   * {@code asOf} is given, by period; by id.
   */
  List<MembershipView> memberships(@org.jspecify.annotations.Nullable BodyId body,
      @org.jspecify.annotations.Nullable Party party, @org.jspecify.annotations.Nullable LocalDate asOf);

  /**
   * Returns one page of {@link #memberships(BodyId, Party, LocalDate)}, by body, then states before organisations,
   * party code, start (unknown first) and id.
   */
  Page<MembershipView> memberships(@org.jspecify.annotations.Nullable BodyId body,
      @org.jspecify.annotations.Nullable Party party, @org.jspecify.annotations.Nullable LocalDate asOf,
      PageRequest page);

  /**
   * Returns every version of a membership, oldest first.
   *
   * @throws UnknownEntityException if no such membership exists
   */
  List<MembershipView> membershipHistory(MembershipId id);

  /** Returns the latest version of a membership, or empty. */
  Optional<MembershipView> findMembership(MembershipId id);

  /** Returns all instruments, by id. */
  List<InstrumentView> instruments();

  /**
   * Returns the instrument with {@code id}.
   *
   * @throws UnknownEntityException if it is not registered
   */
  InstrumentView getInstrument(InstrumentId id);

  /**
   * Returns every version of an instrument, oldest first.
   *
   * @throws UnknownEntityException if it is not registered
   */
  List<InstrumentView> instrumentHistory(InstrumentId id);

  /** Returns the current actions on {@code instrument} dated on or before {@code asOf}, by date then party. */
  List<InstrumentActionView> actions(InstrumentId instrument, LocalDate asOf);

  /**
   * Returns one page of the current actions on {@code instrument} dated on or before {@code asOf}, by date, then
   * states before organisations, party code and id.
   *
   * @throws UnknownEntityException if the instrument is not registered
   */
  Page<InstrumentActionView> actions(InstrumentId instrument, LocalDate asOf, PageRequest page);

  /** Returns the current actions of {@code party} on all instruments dated on or before {@code asOf}, by date. */
  List<InstrumentActionView> actionsOf(Party party, LocalDate asOf);

  /**
   * Returns every version of an action, oldest first.
   *
   * @throws UnknownEntityException if no such action exists
   */
  List<InstrumentActionView> actionHistory(InstrumentActionId id);

  /**
   * Returns whether the instrument is in force on {@code asOf} and the counts per standing.
   *
   * @throws UnknownEntityException if it is not registered
   */
  InstrumentStanding standing(InstrumentId instrument, LocalDate asOf);

  /**
   * Returns the chart of signatures and ratifications on {@code asOf}.
   *
   * @throws UnknownEntityException if it is not registered
   */
  InstrumentChart chart(InstrumentId instrument, LocalDate asOf);
}
