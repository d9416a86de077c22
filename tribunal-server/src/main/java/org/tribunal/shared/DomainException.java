package org.tribunal.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of every exception that says a request broke a rule of the domain: an unknown state, an
 * overlapping membership, an illegal sequence of treaty actions.
 *
 * <p>The web layer turns each one into an RFC 9457 problem: {@code type} is {@code
 * /problems/<slug>}, with the title, the HTTP status, the message as detail and the extension
 * members added with {@link #with(String, Object)}. Subclasses are named for the situation and built
 * by static factories. Never put hidden data in a detail or an extension member.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String problemSlug;
  private final int status;
  private final String title;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  /**
   * Creates the exception.
   *
   * @param problemSlug stable kebab-case name of the problem type, e.g. {@code membership-overlap}
   * @param status HTTP status: 400 bad value, 404 unknown, 409 conflict or illegal move, 422 broken rule
   * @param title short, stable summary of the problem type
   * @param detail what happened in this case, naming the values involved
   */
  protected DomainException(String problemSlug, int status, String title, String detail) {
    super(detail);
    this.problemSlug = problemSlug;
    this.status = status;
    this.title = title;
  }

  /**
   * Adds an extension member to the problem, such as the field or state code at fault.
   *
   * @param name the member's name
   * @param value its value, serialised as JSON
   * @return this exception
   */
  public DomainException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  /** Returns the problem type's stable name. */
  public String problemSlug() {
    return problemSlug;
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the problem type's title. */
  public String title() {
    return title;
  }

  /** Returns the extension members, in insertion order. */
  public Map<String, Object> extensions() {
    return Collections.unmodifiableMap(extensions);
  }
}
