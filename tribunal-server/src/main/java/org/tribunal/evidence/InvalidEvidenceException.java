package org.tribunal.evidence;

import org.tribunal.shared.DomainException;

/**
 * A submission or custody command carries a bad value (422, {@code /problems/invalid-evidence});
 * the {@code field} member names it.
 */
public final class InvalidEvidenceException extends DomainException {

  private static final long serialVersionUID = 1L;

  private InvalidEvidenceException(String field, String detail) {
    super("invalid-evidence", 422, "Invalid evidence data", detail);
    with("field", field);
  }

  /** The input {@code field} is not acceptable, as {@code detail} says. */
  public static InvalidEvidenceException field(String field, String detail) {
    return new InvalidEvidenceException(field, detail);
  }
}
