package org.tribunal.meetings;

import org.tribunal.access.CurrentUser;

/**
 * Recording and declassifying diplomatic notes. Each method is one transaction that appends one entry
 * to the public record: a salted commitment while the note is not public, the content once it is.
 * Callers are authorised by the web layer (the secretariat); the clearance rules are checked here.
 */
public interface NoteManagement {

  /**
   * Records a note written by {@code author}, who may mark it only at or below its own clearance and
   * in compartments it belongs to.
   *
   * @return the note, version 1
   * @throws InvalidNoteException if a field is missing or malformed, a compartment name is malformed, a
   *     linked meeting is unknown, or the marking is above the author's clearance
   */
  NoteView record(NewNote note, CurrentUser author);

  /**
   * Declassifies a note {@code actor} may read.
   *
   * @return the new version
   * @throws UnknownNoteException if there is no such note or {@code actor} may not read it
   * @throws InvalidNoteException if the marking would not be lower, or no reason is given
   */
  NoteView declassify(NoteId id, Declassification declassification, CurrentUser actor);
}
