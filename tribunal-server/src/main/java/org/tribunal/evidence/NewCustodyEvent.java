package org.tribunal.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A command to record a custody event (any but RECEIVED, which only intake records).
 *
 * @param action what happened
 * @param reason why, 1 to 2000 characters
 * @param location where, if known
 * @param occurredAt when, or {@code null} for now; never in the future
 * @param custodian the new custodian: required for TRANSFERRED and RELEASED
 * @param authority the order or decision: required for DESTROYED
 * @param copySha256 the copy's SHA-256: required for COPIED
 */
public record NewCustodyEvent(
    CustodyAction action,
    String reason,
    @Nullable String location,
    @Nullable Instant occurredAt,
    @Nullable String custodian,
    @Nullable String authority,
    @Nullable String copySha256) {

  /**
   * Checks that the event carries what its action needs.
   *
   * @throws InvalidEvidenceException if a required field is missing or a value is malformed
   */
  public NewCustodyEvent {
    if (action == null) {
      throw InvalidEvidenceException.field("action", "A custody event names its action.");
    }
    if (action == CustodyAction.RECEIVED) {
      throw InvalidEvidenceException.field("action", "RECEIVED is recorded by intake only.");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw InvalidEvidenceException.field("reason", "A custody event names its reason (1 to 2000 characters).");
    }
    reason = reason.strip();
    location = blankToNull(location, "location");
    custodian = blankToNull(custodian, "custodian");
    authority = blankToNull(authority, "authority");
    copySha256 = blankToNull(copySha256, "copySha256");
    if ((action == CustodyAction.TRANSFERRED || action == CustodyAction.RELEASED) && custodian == null) {
      throw InvalidEvidenceException.field("custodian", "A " + action + " event names the new custodian.");
    }
    if (action == CustodyAction.DESTROYED && authority == null) {
      throw InvalidEvidenceException.field("authority", "A destruction names its authority (order, decision).");
    }
    if (action == CustodyAction.COPIED && (copySha256 == null || !ContentHashes.isSha256(copySha256))) {
      throw InvalidEvidenceException.field("copySha256", "A COPIED event names the copy's SHA-256 (64 lower-case hex digits).");
    }
    if (action != CustodyAction.COPIED && copySha256 != null) {
      throw InvalidEvidenceException.field("copySha256", "Only a COPIED event names a copy's hash.");
    }
  }

  /** An event with only an action and a reason. */
  public static NewCustodyEvent of(CustodyAction action, String reason) {
    return new NewCustodyEvent(action, reason, null, null, null, null, null);
  }

  private static @Nullable String blankToNull(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 500) {
      throw InvalidEvidenceException.field(field, "'" + field + "' has at most 500 characters.");
    }
    return value.strip();
  }
}
