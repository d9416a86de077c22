package org.tribunal.meetings;

import java.util.List;

/**
 * A meeting with everything recorded about it.
 *
 * @param meeting the meeting's current version
 * @param attendance attendance per state, by state code
 * @param agenda agenda items in order
 * @param outcomes outcomes in the order recorded
 * @param documents documents in the order recorded
 */
public record MeetingDetail(
    MeetingView meeting,
    List<AttendanceView> attendance,
    List<AgendaItemView> agenda,
    List<OutcomeView> outcomes,
    List<DocumentView> documents) {

  public MeetingDetail {
    attendance = List.copyOf(attendance);
    agenda = List.copyOf(agenda);
    outcomes = List.copyOf(outcomes);
    documents = List.copyOf(documents);
  }
}
