package org.tribunal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/**
 * A command to record a diplomatic note.
 *
 * @param authorState the state that wrote it, or {@code null} when a body did
 * @param authorBody the body that wrote it (a coalition body id), or {@code null} when a state did
 * @param addressees to whom it is addressed (state codes or body ids), at least one
 * @param date the note's date
 * @param subject its subject, 1 to 500 characters
 * @param text its text
 * @param classification its classification
 * @param compartments the need-to-know compartments a reader must all belong to; empty for none
 * @param meetings the meetings it refers to
 * @param states the states it concerns
 * @param texts the positions module's texts it refers to, by id
 * @param attachments files attached to it
 */
public record NewNote(
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
    List<NewAttachment> attachments) {

  public NewNote {
    addressees = List.copyOf(addressees);
    compartments = Set.copyOf(compartments);
    meetings = List.copyOf(meetings);
    states = List.copyOf(states);
    texts = List.copyOf(texts);
    attachments = List.copyOf(attachments);
  }
}
