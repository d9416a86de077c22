/**
 * The meetings module's web layer: the JSON/CSV/iCalendar API under {@code /api/v1/meetings} and
 * {@code /api/v1/notes}, and the Thymeleaf pages under {@code /meetings} and {@code /notes}. Every handler
 * carries an explicit {@code @PreAuthorize} rule; the clearance rules of notes are enforced by the
 * module's facades, never here.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.meetings.web;
