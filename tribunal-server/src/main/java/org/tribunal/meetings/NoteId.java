package org.tribunal.meetings;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a diplomatic note.
 *
 * @param value the identifier
 */
public record NoteId(UUID value) {

  public NoteId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static NoteId random() {
    return new NoteId(UUID.randomUUID());
  }

  /**
   * Parses an identifier given by a caller.
   *
   * @throws UnknownNoteException if {@code text} is not a UUID: no note has that id
   */
  public static NoteId parse(String text) {
    try {
      return new NoteId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw UnknownNoteException.withId(text);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
