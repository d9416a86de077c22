package org.tribunal.meetings;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a meeting.
 *
 * @param value the identifier
 */
public record MeetingId(UUID value) {

  public MeetingId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static MeetingId random() {
    return new MeetingId(UUID.randomUUID());
  }

  /**
   * Parses an identifier given by a caller.
   *
   * @throws UnknownMeetingException if {@code text} is not a UUID: no meeting has that id
   */
  public static MeetingId parse(String text) {
    try {
      return new MeetingId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw UnknownMeetingException.withId(text);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
