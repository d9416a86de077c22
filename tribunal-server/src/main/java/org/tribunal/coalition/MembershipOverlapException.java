package org.tribunal.coalition;

import org.tribunal.shared.DomainException;

/**
 * Thrown when a membership's period overlaps another recorded membership of the same party in the same body (409,
 * {@code /problems/membership-overlap}, field {@code period}). The detail names both periods.
 */
public final class MembershipOverlapException extends DomainException {

  private MembershipOverlapException(String detail) {
    super("membership-overlap", 409, "Overlapping membership", detail);
  }

  /**
   * Returns the exception for a new period that overlaps {@code existing}.
   *
   * @param party the party
   * @param body the body
   * @param proposed the period that was refused
   * @param existing the recorded membership it overlaps
   * @param existingId the recorded membership's id
   */
  public static MembershipOverlapException between(Party party, BodyId body, MembershipPeriod proposed,
      MembershipPeriod existing, MembershipId existingId) {
    var e = new MembershipOverlapException(party + " in " + body + ": the period " + proposed
        + " overlaps the recorded membership " + existingId + " for " + existing
        + "; correct that membership (end it) before recording a new period");
    e.with("field", "period");
    e.with("party", party.toString());
    e.with("body", body.value());
    e.with("proposed", proposed.toString());
    e.with("existing", existing.toString());
    e.with("existingMembership", existingId.toString());
    return e;
  }
}
