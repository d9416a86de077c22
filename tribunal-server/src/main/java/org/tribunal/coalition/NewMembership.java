package org.tribunal.coalition;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: record that a party belonged to a body over a period. Refused when the period overlaps another recorded
 * membership of the same party in the same body ({@link MembershipOverlapException}).
 *
 * @param party the state or organisation
 * @param body the body
 * @param period the period; {@code from} may be unknown
 * @param status the status during the period
 * @param basis legal or political basis, or {@code null}
 * @param note free note, or {@code null}
 * @param unconfirmed whether the fact is unconfirmed
 * @param source where the fact comes from
 * @param recordedBy who records it
 */
public record NewMembership(Party party, BodyId body, MembershipPeriod period, MembershipStatus status,
    @Nullable String basis, @Nullable String note, boolean unconfirmed, SourceRef source, String recordedBy) {

  /** Rejects over-long text and a blank recorder. */
  public NewMembership {
    Text.limited("basis", basis);
    Text.limited("note", note);
    Text.required("recordedBy", recordedBy);
    Sources.check(source);
  }
}
