/**
 * Meetings and the diplomatic record: meetings of the coalition's bodies (status, attendance per
 * state, agenda, outcomes, documents, each fact with its source and an unconfirmed flag) and
 * diplomatic notes with a classification and need-to-know compartments.
 *
 * <p>Other modules use only the types in this package: the facades {@link org.tribunal.meetings.MeetingManagement},
 * {@link org.tribunal.meetings.MeetingQueries}, {@link org.tribunal.meetings.NoteManagement} and
 * {@link org.tribunal.meetings.NoteQueries}, with their commands and views. Meetings are public. A note is
 * returned, listed, counted or exported only to a reader whose clearance dominates its classification and
 * who belongs to all its compartments (filtered in SQL); to anyone else it does not exist. Every read of a
 * non-public note goes to the access audit, and every change to the public record (notes as sealed
 * commitments while they are not public).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Meetings and notes",
    allowedDependencies = {"shared", "record", "access", "coalition"})
@org.jspecify.annotations.NullMarked
package org.tribunal.meetings;
