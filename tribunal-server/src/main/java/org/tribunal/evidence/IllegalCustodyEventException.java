package org.tribunal.evidence;

import org.tribunal.shared.DomainException;

/**
 * A custody event that may not follow the item's chain, e.g. anything after its destruction or a
 * return that follows no release (409, {@code /problems/illegal-custody-event}).
 */
public final class IllegalCustodyEventException extends DomainException {

  private static final long serialVersionUID = 1L;

  private IllegalCustodyEventException(String detail) {
    super("illegal-custody-event", 409, "Illegal custody event", detail);
  }

  /** {@code action} may not happen to an item in {@code status}. */
  public static IllegalCustodyEventException notAllowed(CustodyAction action, CustodyStatus status) {
    IllegalCustodyEventException e = new IllegalCustodyEventException(
        "A " + action + " event cannot follow while the item is " + status + ".");
    e.with("action", action.name()).with("status", status.name());
    return e;
  }
}
