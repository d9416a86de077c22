package org.tribunal.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tribunal.meetings.UnknownMeetingException;
import org.tribunal.meetings.UnknownNoteException;
import org.tribunal.shared.DomainException;

/**
 * Renders error pages for this module's pages (the API answers with problems instead): the 404 page
 * for an unknown meeting or note, and the same page for a note the reader may not read; the generic
 * error page, with the exception's status, for any other broken rule (a bad cursor in a link).
 */
@ControllerAdvice(assignableTypes = {MeetingsPagesController.class, NotesPagesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

  @ExceptionHandler({UnknownMeetingException.class, UnknownNoteException.class})
  String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "error/404";
  }

  @ExceptionHandler(DomainException.class)
  String brokenRule(DomainException e, HttpServletResponse response) {
    response.setStatus(e.status());
    return "error";
  }
}
