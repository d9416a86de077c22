package org.tribunal.positions;

/**
 * Records texts, claims, positions, corrections and disputes. Each method is one transaction.
 * Nothing is overwritten: a correction adds a version, a dispute is recorded beside the position.
 */
public interface PositionManagement {

  /**
   * Adds a claim to the vocabulary.
   *
   * @throws DuplicateTextException if the code is taken
   */
  ClaimView addClaim(NewClaim claim);

  /**
   * Records a text.
   *
   * @throws DuplicateTextException if the key is taken
   * @throws UnknownPositionEntityException if a claim or the amended text is unknown
   */
  TextView recordText(NewText text);

  /**
   * Records a position. If the slot already holds an identical current version, nothing changes and
   * that version is returned; if it holds a different one, the new position becomes the next version.
   *
   * @throws UnknownPositionEntityException if the text is unknown
   */
  PositionView recordPosition(NewPosition position);

  /**
   * Records a correction of a position as a new version.
   *
   * @throws UnknownPositionEntityException if there is no such position
   * @throws InvalidPositionException if the corrected kind belongs to another slot
   */
  PositionView correctPosition(PositionRef ref, PositionCorrection correction);

  /**
   * Records a dispute beside the current version of a position.
   *
   * @throws UnknownPositionEntityException if there is no such position
   */
  DisputeView dispute(PositionRef ref, NewDispute dispute);
}
