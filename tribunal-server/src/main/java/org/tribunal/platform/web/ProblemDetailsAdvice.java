package org.tribunal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tribunal.shared.DomainException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of the API into an RFC 9457 problem with a stable {@code type}, a title and a
 * detail that says what to fix, naming the field at fault where there is one.
 *
 * <p>Never puts stack traces, SQL or hidden data into a problem.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  static final String PROBLEM_BASE = "/problems/";
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
    ProblemDetail problem = problem(e);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String expected =
        e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid-parameter",
            "Invalid parameter",
            "Parameter '" + e.getName() + "' has the invalid value '" + e.getValue() + "' (expected " + expected + ")");
    problem.setProperty("field", e.getName());
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.badRequest().body(problem);
  }

  /** A multipart body that was cut off or is not multipart: the client's fault, and nothing was kept. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
    log.warn("Unreadable multipart request on {} {}: {}", request.getMethod(), request.getRequestURI(),
        e.getMostSpecificCause().toString());
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "unreadable-upload", "Unreadable upload",
            "The multipart request could not be read: it was cut off or is malformed. Nothing was kept; send it again.");
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e.getClass().getName().startsWith("org.springframework.security.")) {
      throw e; // Spring Security answers these itself (401, 403)
    }
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    ProblemDetail problem =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The request could not be completed; nothing was changed. The error is in the server log.");
    return ResponseEntity.internalServerError().body(problem);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = e.getMostSpecificCause();
    ProblemDetail problem;
    if (cause instanceof UnrecognizedPropertyException unknown) {
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              "unknown-field",
              "Unknown field",
              "Field '" + unknown.getPropertyName() + "' is not part of this request; known fields: "
                  + unknown.getKnownPropertyIds());
      problem.setProperty("field", unknown.getPropertyName());
    } else if (cause instanceof DomainException domain) {
      problem = problem(domain);
    } else if (e.getCause() instanceof DatabindException bad) {
      String field = fieldPath(bad.getPath());
      String reason = cause.getMessage() == null ? "" : firstLine(cause.getMessage());
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              "malformed-json",
              "Malformed JSON",
              field.isEmpty() ? "The request body is not valid JSON: " + reason
                  : "Field '" + field + "' is invalid: " + reason);
      if (!field.isEmpty()) {
        problem.setProperty("field", field);
      }
    } else {
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              "malformed-json",
              "Malformed JSON",
              "The request body could not be read: " + firstLine(String.valueOf(cause.getMessage())));
    }
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors();
    String detail =
        errors.isEmpty()
            ? "The request is invalid"
            : errors.stream()
                .map(f -> "'" + f.getField() + "' " + f.getDefaultMessage())
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field", detail);
    if (!errors.isEmpty()) {
      problem.setProperty("field", errors.get(0).getField());
      problem.setProperty(
          "errors",
          errors.stream()
              .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
              .toList());
    }
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail =
        e.getParameterValidationResults().stream()
            .map(r -> "'" + r.getMethodParameter().getParameterName() + "' "
                + r.getResolvableErrors().stream().map(m -> String.valueOf(m.getDefaultMessage())).toList())
            .reduce((a, b) -> a + "; " + b)
            .orElse("The request is invalid");
    return ResponseEntity.badRequest()
        .headers(headers)
        .body(problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .headers(headers)
        .body(
            problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "No resource at /" + e.getResourcePath()));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
      String slug = HttpStatus.resolve(status.value()) == null ? "error"
          : HttpStatus.valueOf(status.value()).name().toLowerCase().replace('_', '-');
      problem.setType(URI.create(PROBLEM_BASE + slug));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  /** Returns the problem a domain exception describes, with its extension members. */
  static ProblemDetail problem(DomainException e) {
    ProblemDetail problem =
        problem(HttpStatus.valueOf(e.status()), e.problemSlug(), e.title(), e.getMessage());
    e.extensions().forEach(problem::setProperty);
    return problem;
  }

  static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(PROBLEM_BASE + slug));
    problem.setTitle(title);
    return problem;
  }

  private static String fieldPath(List<? extends Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object ref : path) {
      if (ref instanceof tools.jackson.databind.DatabindException.Reference r) {
        if (r.getPropertyName() != null) {
          if (!sb.isEmpty()) sb.append('.');
          sb.append(r.getPropertyName());
        } else if (r.getIndex() >= 0) {
          sb.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    return sb.toString();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
