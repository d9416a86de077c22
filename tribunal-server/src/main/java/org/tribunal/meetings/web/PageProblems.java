package org.tribunal.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tribunal.meetings.UnknownMeetingException;
import org.tribunal.meetings.UnknownNoteException;

/**
 * Renders the 404 page for an unknown meeting or note on this module's pages (the API answers with a
 * problem instead). A note the reader may not read gets the very same page.
 */
@ControllerAdvice(assignableTypes = {MeetingsPagesController.class, NotesPagesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

  @ExceptionHandler({UnknownMeetingException.class, UnknownNoteException.class})
  String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "error/404";
  }
}
