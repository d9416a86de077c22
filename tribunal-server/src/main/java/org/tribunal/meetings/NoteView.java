package org.tribunal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * A diplomatic note in its current version.
 *
 * @param id identifier
 * @param version current version; a declassification adds one
 * @param authorState the author state, or {@code null}
 * @param authorBody the author body, or {@code null}
 * @param addressees to whom it is addressed
 * @param date the note's date
 * @param subject its subject
 * @param text its text
 * @param classification its current classification
 * @param compartments its current compartments
 * @param meetings the meetings it refers to
 * @param states the states it concerns
 * @param texts the positions texts it refers to
 * @param attachments its files
 * @param recordedBy who recorded it
 * @param recordedAt when (UTC)
 */
public record NoteView(
    NoteId id,
    int version,
    @Nullable StateCode authorState,
    @Nullable String authorBody,
    List<String> addressees,
    LocalDate date,
    String subject,
    String text,
    Classification classification,
    Set<String> compartments,
    List<MeetingId> meetings,
    List<StateCode> states,
    List<String> texts,
    List<AttachmentView> attachments,
    String recordedBy,
    Instant recordedAt) {

  public NoteView {
    addressees = List.copyOf(addressees);
    compartments = Set.copyOf(compartments);
    meetings = List.copyOf(meetings);
    states = List.copyOf(states);
    texts = List.copyOf(texts);
    attachments = List.copyOf(attachments);
  }

  /** The author state's code or the author body's id. */
  public String author() {
    return authorState != null ? authorState.value() : String.valueOf(authorBody);
  }
}
