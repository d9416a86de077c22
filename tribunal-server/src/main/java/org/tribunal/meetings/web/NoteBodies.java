package org.tribunal.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tribunal.meetings.AttachmentView;
import org.tribunal.meetings.InvalidNoteException;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.NewAttachment;
import org.tribunal.meetings.NewNote;
import org.tribunal.meetings.NoteSummary;
import org.tribunal.meetings.NoteVersionView;
import org.tribunal.meetings.NoteView;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/** Request and response bodies of the notes API. */
final class NoteBodies {

  private NoteBodies() {}

  record Attachment(String filename, String mediaType, String contentBase64) {}

  record CreateNote(@Nullable String authorState, @Nullable String authorBody, @Nullable List<String> addressees,
      @Nullable LocalDate date, @Nullable String subject, @Nullable String text, @Nullable Classification classification,
      @Nullable Set<String> compartments, @Nullable List<String> meetings, @Nullable List<String> states,
      @Nullable List<String> texts, @Nullable List<Attachment> attachments) {

    NewNote toCommand() {
      if (date == null) {
        throw InvalidNoteException.field("date", "'date' is required.");
      }
      if (classification == null) {
        throw InvalidNoteException.field("classification", "'classification' is required.");
      }
      return new NewNote(
          authorState == null || authorState.isBlank() ? null : code(authorState),
          authorBody, addressees == null ? List.of() : addressees.stream().map(a -> a.strip().toUpperCase(Locale.ROOT)).toList(),
          date, subject == null ? "" : subject, text == null ? "" : text, classification,
          compartments == null ? Set.of() : compartments,
          meetings == null ? List.of() : meetings.stream().map(NoteBodies::meeting).toList(),
          states == null ? List.of() : states.stream().map(NoteBodies::code).toList(),
          texts == null ? List.of() : texts,
          attachments == null ? List.of() : attachments.stream().map(NoteBodies::attachment).toList());
    }
  }

  record Declassify(@Nullable Classification classification, @Nullable Set<String> compartments,
      @Nullable String reason) {}

  record NoteSummaryResponse(String id, int version, String author, LocalDate date, String subject,
      Classification classification, Set<String> compartments) {

    static NoteSummaryResponse of(NoteSummary n) {
      return new NoteSummaryResponse(n.id().toString(), n.version(), n.author(), n.date(), n.subject(),
          n.classification(), new TreeSet<>(n.compartments()));
    }
  }

  record AttachmentResponse(String id, String filename, String mediaType, String sha256, int size) {

    static AttachmentResponse of(AttachmentView a) {
      return new AttachmentResponse(a.id().toString(), a.filename(), a.mediaType(), a.sha256(), a.size());
    }
  }

  record NoteResponse(String id, int version, @Nullable String authorState, @Nullable String authorBody,
      List<String> addressees, LocalDate date, String subject, String text, Classification classification,
      Set<String> compartments, List<String> meetings, List<String> states, List<String> texts,
      List<AttachmentResponse> attachments, String recordedBy, Instant recordedAt) {

    static NoteResponse of(NoteView n) {
      return new NoteResponse(n.id().toString(), n.version(),
          n.authorState() == null ? null : n.authorState().value(), n.authorBody(), n.addressees(), n.date(),
          n.subject(), n.text(), n.classification(), new TreeSet<>(n.compartments()),
          n.meetings().stream().map(MeetingId::toString).toList(), n.states().stream().map(StateCode::value).toList(),
          n.texts(), n.attachments().stream().map(AttachmentResponse::of).toList(), n.recordedBy(), n.recordedAt());
    }
  }

  record NoteVersionResponse(int version, Classification classification, Set<String> compartments,
      @Nullable String reason, String recordedBy, Instant recordedAt) {

    static NoteVersionResponse of(NoteVersionView v) {
      return new NoteVersionResponse(v.version(), v.classification(), new TreeSet<>(v.compartments()), v.reason(),
          v.recordedBy(), v.recordedAt());
    }
  }

  record Count(long count) {}

  static StateCode code(String value) {
    return StateCode.of(value.strip().toUpperCase(Locale.ROOT));
  }

  static MeetingId meeting(String value) {
    try {
      return new MeetingId(java.util.UUID.fromString(value.strip()));
    } catch (IllegalArgumentException e) {
      throw InvalidNoteException.field("meetings", "'" + value + "' is not a meeting id.");
    }
  }

  private static NewAttachment attachment(Attachment a) {
    try {
      return new NewAttachment(a.filename() == null ? "" : a.filename(), a.mediaType() == null ? "" : a.mediaType(),
          Base64.getDecoder().decode(a.contentBase64() == null ? "" : a.contentBase64()));
    } catch (IllegalArgumentException e) {
      throw InvalidNoteException.field("attachments", "'contentBase64' is not base64.");
    }
  }
}
