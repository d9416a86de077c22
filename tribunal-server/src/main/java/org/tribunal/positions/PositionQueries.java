package org.tribunal.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tribunal.shared.StateCode;

/**
 * Reads of texts, positions, stance timelines and shifts. Methods taking {@code asOf} answer for that
 * day (valid time): texts dated on or before it and the current version of each position dated on or
 * before it; retracted positions are left out. Lists are never {@code null}. Read-only; thread-safe.
 */
public interface PositionQueries {

  /** Returns the claim vocabulary, by code. */
  List<ClaimView> claims();

  /** Returns the text with key {@code id}, or empty. */
  Optional<TextView> findText(TextId id);

  /**
   * Returns the text with key {@code id}.
   *
   * @throws UnknownPositionEntityException if there is none
   */
  TextView getText(TextId id);

  /**
   * Returns every version of a text, oldest first; the last is the current one.
   *
   * @throws UnknownPositionEntityException if there is no such text
   */
  List<TextView> textHistory(TextId id);

  /** Returns the texts passing {@code filter} dated on or before {@code asOf}, newest first. */
  List<TextView> texts(TextFilter filter, LocalDate asOf);

  /**
   * Returns the current positions on {@code text} dated on or before {@code asOf}, by state then slot.
   *
   * @throws UnknownPositionEntityException if the text is unknown
   */
  List<PositionView> positionsOn(TextId text, LocalDate asOf);

  /** Returns the current positions of {@code state} dated on or before {@code asOf}, by date then text. */
  List<PositionView> positionsOf(StateCode state, LocalDate asOf);

  /**
   * Returns every version of a position, oldest first.
   *
   * @throws UnknownPositionEntityException if there is none
   */
  List<PositionView> history(PositionRef ref);

  /**
   * Returns the stance timeline of {@code state} on {@code claim} up to {@code asOf}.
   *
   * @throws UnknownPositionEntityException if the claim is not in the vocabulary
   */
  StanceTimeline timeline(StateCode state, Claim claim, LocalDate asOf);

  /** Returns the shifts passing {@code filter}, newest first. */
  List<Shift> shifts(ShiftFilter filter);

  /** Returns the states that have at least one position, by code. */
  List<StateCode> statesWithPositions();

  /** Returns the bodies that have texts, by id. */
  List<String> bodies();
}
