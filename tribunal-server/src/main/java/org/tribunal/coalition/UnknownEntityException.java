package org.tribunal.coalition;

import org.tribunal.shared.DomainException;

/**
 * Thrown when a body, instrument, membership or action with the given id does not exist (404,
 * {@code /problems/unknown-body}, {@code unknown-instrument}, {@code unknown-membership}, {@code unknown-action}).
 */
public final class UnknownEntityException extends DomainException {

  private UnknownEntityException(String what, String field, Object id) {
    super("unknown-" + what, 404, "Unknown " + what, "no " + what + " with id " + id + " is recorded");
    with("field", field);
    with("id", id.toString());
  }

  /** Returns the exception for an unknown body. */
  public static UnknownEntityException body(BodyId id) {
    return new UnknownEntityException("body", "body", id);
  }

  /** Returns the exception for an unknown instrument. */
  public static UnknownEntityException instrument(InstrumentId id) {
    return new UnknownEntityException("instrument", "instrument", id);
  }

  /** Returns the exception for an unknown membership. */
  public static UnknownEntityException membership(MembershipId id) {
    return new UnknownEntityException("membership", "membership", id);
  }

  /** Returns the exception for an unknown action. */
  public static UnknownEntityException action(InstrumentActionId id) {
    return new UnknownEntityException("action", "action", id);
  }
}
