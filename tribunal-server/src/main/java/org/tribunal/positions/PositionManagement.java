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
   * Records many texts at once, for imports: the same checks as {@link #recordText} and one
   * public-record entry per text, but written in a few statements instead of several per text.
   *
   * @param texts the texts in order; a text may amend one earlier in the list
   * @return the recorded texts, in the same order; empty if {@code texts} is
   * @throws DuplicateTextException if a key is taken or repeated in the list; then none is recorded
   * @throws UnknownPositionEntityException if a claim or an amended text is unknown; then none is recorded
   */
  java.util.List<TextView> recordTexts(java.util.List<NewText> texts);

  /**
   * Records a correction of a text as its next version: {@code corrected} (whose key names the text)
   * replaces the current content, claims included; the earlier version stays in the text's history.
   * The correction is one public-record entry; a stance that changes because the text's claims changed
   * is published as a {@link StanceShifted}.
   *
   * @param corrected the text's new content, under its key
   * @param reason why it is corrected; required
   * @return the new current version
   * @throws UnknownPositionEntityException if there is no such text, or a claim or the amended text is unknown
   * @throws InvalidPositionException if the reason is blank, the text would amend itself, or nothing changes
   * @throws DuplicateTextException if the new symbol is another text's
   */
  TextView correctText(NewText corrected, String reason);

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
