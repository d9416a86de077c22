package org.tribunal.evidence;

import org.tribunal.shared.DomainException;

/**
 * No evidence item (or working copy) with that id exists, or the caller may not know that it does
 * (404, {@code /problems/unknown-evidence}). Both cases answer the same, so a refused reader learns
 * nothing about what the vault holds.
 */
public final class UnknownEvidenceException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnknownEvidenceException(String id) {
    super("unknown-evidence", 404, "Unknown evidence", "There is no evidence item " + id + ".");
    with("evidenceId", id);
  }

  /** The item {@code id} does not exist or is not visible to the caller. */
  public static UnknownEvidenceException withId(Object id) {
    return new UnknownEvidenceException(String.valueOf(id));
  }
}
