package org.tribunal.meetings;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * Filters on notes; every {@code null} filter matches everything. Whatever the filter, only notes the
 * reader may read are ever matched.
 *
 * @param text words that must all appear in the subject or text (case-insensitive)
 * @param meeting notes referring to this meeting
 * @param state notes written by, addressed to or concerning this state
 * @param classification notes at exactly this classification
 */
public record NoteFilter(
    @Nullable String text, @Nullable MeetingId meeting, @Nullable StateCode state,
    @Nullable Classification classification) {

  /** Matches every note the reader may read. */
  public static NoteFilter all() {
    return new NoteFilter(null, null, null, null);
  }
}
