package org.tribunal.meetings;

/**
 * Recording meetings and what happened at them. Each method is one transaction that also appends
 * one entry to the public record. Callers are authorised by the web layer (the secretariat).
 */
public interface MeetingManagement {

  /**
   * Records a meeting.
   *
   * @param meeting the meeting
   * @param actor who records it
   * @return the meeting, version 1
   * @throws InvalidMeetingException if the body is unknown, a text is blank or too long, or the dates are reversed
   */
  MeetingView record(NewMeeting meeting, String actor);

  /**
   * Moves a meeting to another status; a new version, the old one stays in the history.
   *
   * @throws UnknownMeetingException if there is no such meeting
   * @throws IllegalStatusChangeException if the status may not move there ({@link MeetingStatus#canMoveTo})
   * @throws InvalidMeetingException if the new dates are reversed
   */
  MeetingView changeStatus(MeetingId id, StatusChange change, String actor);

  /**
   * Records one state's attendance at a held meeting.
   *
   * @throws UnknownMeetingException if there is no such meeting
   * @throws IllegalStatusChangeException if the meeting is not held
   * @throws InvalidMeetingException if the state is unknown or its attendance is already recorded
   */
  AttendanceView recordAttendance(MeetingId id, NewAttendance attendance, String actor);

  /**
   * Adds an item at the end of the agenda of a meeting that is not cancelled.
   *
   * @throws UnknownMeetingException if there is no such meeting
   * @throws IllegalStatusChangeException if the meeting is cancelled
   * @throws InvalidMeetingException if the title is blank or too long
   */
  AgendaItemView addAgendaItem(MeetingId id, NewAgendaItem item, String actor);

  /**
   * Records an outcome of a held meeting.
   *
   * @throws UnknownMeetingException if there is no such meeting
   * @throws IllegalStatusChangeException if the meeting is not held
   * @throws InvalidMeetingException if an objection names no known state, or another kind names one
   */
  OutcomeView recordOutcome(MeetingId id, NewOutcome outcome, String actor);

  /**
   * Lists a public document of a meeting.
   *
   * @throws UnknownMeetingException if there is no such meeting
   * @throws InvalidMeetingException if the title is blank or too long
   */
  DocumentView addDocument(MeetingId id, NewDocument document, String actor);
}
