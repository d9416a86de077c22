package org.tribunal.meetings.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.CurrentUser;
import org.tribunal.meetings.AttachmentView;
import org.tribunal.meetings.Declassification;
import org.tribunal.meetings.InvalidNoteException;
import org.tribunal.meetings.MeetingId;
import org.tribunal.meetings.NewAttachment;
import org.tribunal.meetings.NewNote;
import org.tribunal.meetings.NoteId;
import org.tribunal.meetings.NoteManagement;
import org.tribunal.meetings.NoteView;
import org.tribunal.meetings.UnknownNoteException;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.Sealed;
import org.tribunal.shared.StateCode;

/**
 * {@link NoteManagement} on {@link NoteRepository}. A note that is not public enters the public record
 * as a salted commitment (the salt stays in {@code meetings.note_version}); once declassified to
 * public, its content enters the record.
 */
@Service
class DefaultNoteManagement implements NoteManagement {

  static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
  private static final String ADDRESSEE = "[A-Z][A-Z0-9_]{1,39}";

  private final NoteRepository notes;
  private final MeetingRepository meetings;
  private final PublicRecord record;

  DefaultNoteManagement(NoteRepository notes, MeetingRepository meetings, PublicRecord record) {
    this.notes = notes;
    this.meetings = meetings;
    this.record = record;
  }

  @Override
  @Transactional
  public NoteView record(NewNote c, CurrentUser author) {
    if ((c.authorState() == null) == (c.authorBody() == null || c.authorBody().isBlank())) {
      throw InvalidNoteException.field("author", "A note has exactly one author: a state or a body.");
    }
    String authorBody = c.authorBody() == null || c.authorBody().isBlank() ? null : c.authorBody().strip();
    if (authorBody != null && !authorBody.matches(ADDRESSEE)) {
      throw InvalidNoteException.field("authorBody", "A body id has 2 to 40 characters: A-Z, 0-9 and '_'.");
    }
    if (c.addressees().isEmpty() || c.addressees().stream().anyMatch(a -> a == null || !a.strip().matches(ADDRESSEE))) {
      throw InvalidNoteException.field("addressees",
          "A note has at least one addressee: a state code or a body id (A-Z, 0-9 and '_').");
    }
    Marking marking = new Marking(c.classification(), c.compartments());
    if (!marking.readableBy(author)) {
      throw InvalidNoteException.aboveClearance();
    }
    for (MeetingId meeting : c.meetings()) {
      if (meetings.find(meeting).isEmpty()) {
        throw InvalidNoteException.field("meetings", "No meeting has the id '" + meeting + "'.");
      }
    }
    List<String> texts = c.texts().stream().map(t -> Texts.required(t, "texts", 100, InvalidNoteException::field)).toList();
    Instant now = now();
    NoteId id = NoteId.random();
    List<AttachmentView> attachments = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    long total = 0;
    for (NewAttachment a : c.attachments()) {
      byte[] content = a.content();
      total += content.length;
      if (total > MAX_ATTACHMENT_BYTES) {
        throw InvalidNoteException.field("attachments", "Attachments have at most " + MAX_ATTACHMENT_BYTES + " bytes.");
      }
      String mediaType = Texts.required(a.mediaType(), "mediaType", 100, InvalidNoteException::field);
      if (!mediaType.matches("[a-z0-9.+-]+/[a-zA-Z0-9.+-]+")) {
        throw InvalidNoteException.field("mediaType", "'" + mediaType + "' is not a media type.");
      }
      attachments.add(new AttachmentView(UUID.randomUUID(),
          Texts.required(a.filename(), "filename", 255, InvalidNoteException::field), mediaType, sha256(content),
          content.length));
      contents.add(content);
    }
    NoteView note = new NoteView(id, 1, c.authorState(), authorBody,
        c.addressees().stream().map(String::strip).toList(), c.date(),
        Texts.required(c.subject(), "subject", 500, InvalidNoteException::field),
        Texts.required(c.text(), "text", 100_000, InvalidNoteException::field), marking.classification(),
        marking.compartments(), c.meetings(), c.states(), texts, attachments, author.username(), now);
    notes.insert(note);
    for (int i = 0; i < attachments.size(); i++) {
      notes.insertAttachment(id, attachments.get(i), contents.get(i));
    }
    append(note, marking, null, author.username(), now);
    return note;
  }

  @Override
  @Transactional
  public NoteView declassify(NoteId id, Declassification d, CurrentUser actor) {
    NoteView current = notes.findReadable(id, actor, true).orElseThrow(() -> UnknownNoteException.withId(id));
    Marking before = new Marking(current.classification(), current.compartments());
    Marking after = new Marking(d.classification(), d.compartments());
    if (!before.isLoweredTo(after)) {
      throw InvalidNoteException.notLower();
    }
    String reason = Texts.required(d.reason(), "reason", 1000, InvalidNoteException::field);
    Instant now = now();
    int version = current.version() + 1;
    notes.updateMarking(id, version, after, actor.username(), now);
    NoteView next = new NoteView(id, version, current.authorState(), current.authorBody(), current.addressees(),
        current.date(), current.subject(), current.text(), after.classification(), after.compartments(),
        current.meetings(), current.states(), current.texts(), current.attachments(), actor.username(), now);
    append(next, after, reason, actor.username(), now);
    return next;
  }

  private void append(NoteView note, Marking marking, @Nullable String reason, String actor, Instant now) {
    RecordEntry entry = new RecordEntry("meetings.note", note.id().toString(), note.version(), note.date(), actor,
        null, content(note, reason));
    if (marking.isPublic()) {
      record.append(entry);
      notes.insertVersion(note.id(), note.version(), marking, reason, null, null, actor, now);
    } else {
      Sealed sealed = record.appendSealed(entry);
      notes.insertVersion(note.id(), note.version(), marking, reason, sealed.salt(), sealed.commitment().toHex(),
          actor, now);
    }
  }

  private static Map<String, @Nullable Object> content(NoteView n, @Nullable String reason) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", n.id().toString());
    m.put("authorState", n.authorState() == null ? null : n.authorState().value());
    m.put("authorBody", n.authorBody());
    m.put("addressees", n.addressees());
    m.put("date", n.date().toString());
    m.put("subject", n.subject());
    m.put("text", n.text());
    m.put("classification", n.classification().name());
    m.put("compartments", List.copyOf(new java.util.TreeSet<>(n.compartments())));
    m.put("meetings", n.meetings().stream().map(MeetingId::toString).toList());
    m.put("states", n.states().stream().map(StateCode::value).toList());
    m.put("texts", n.texts());
    m.put("attachments", n.attachments().stream().map(a -> Map.of("filename", a.filename(), "mediaType",
        a.mediaType(), "sha256", a.sha256())).toList());
    m.put("reason", reason);
    return m;
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
