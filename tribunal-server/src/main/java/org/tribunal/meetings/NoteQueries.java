package org.tribunal.meetings;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads of diplomatic notes, always as the current user ({@code AccessQueries.currentUser()}): a note
 * whose classification the user's clearance does not dominate, or with a compartment the user is not in,
 * is never returned, listed, counted nor exported; asking for it by id answers exactly as for a note
 * that does not exist. Each non-public note read is written to the access audit ({@code READ} for a note
 * or an attachment, {@code LIST} for a list row, {@code EXPORT} for an exported row).
 */
public interface NoteQueries {

  /**
   * The note with {@code id}.
   *
   * @throws UnknownNoteException if there is none the current user may read
   */
  NoteView get(NoteId id);

  /**
   * Every version of a note the current user may read, oldest first.
   *
   * @throws UnknownNoteException if there is none the current user may read
   */
  List<NoteVersionView> history(NoteId id);

  /**
   * An attachment of a note the current user may read.
   *
   * @throws UnknownNoteException if there is no such note or attachment the current user may read
   */
  AttachmentContent attachment(NoteId id, UUID attachmentId);

  /**
   * One page of the notes the current user may read matching {@code filter}, latest first.
   *
   * @param limit 1 to 500
   * @param after the {@code next} cursor of the previous page, or {@code null}
   * @throws MalformedCursorException if {@code after} is not a cursor of this list
   */
  ResultPage<NoteSummary> search(NoteFilter filter, int limit, @Nullable String after);

  /** How many notes the current user may read match {@code filter}. */
  long count(NoteFilter filter);

  /** Hands every note the current user may read matching {@code filter} to {@code sink}, latest first. */
  void export(NoteFilter filter, Consumer<NoteView> sink);
}
