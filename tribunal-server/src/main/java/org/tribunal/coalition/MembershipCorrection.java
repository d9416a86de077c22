package org.tribunal.coalition;

import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * Command: correct a membership by recording a new version with these values and a reason; the earlier version stays
 * readable in the history. With {@code retract} the fact is withdrawn (it no longer counts in any read).
 *
 * @param period corrected period
 * @param status corrected status
 * @param basis corrected basis or {@code null}
 * @param note corrected note or {@code null}
 * @param unconfirmed whether the corrected fact is unconfirmed
 * @param source source of the corrected fact
 * @param reason why the correction is made, not blank
 * @param recordedBy who makes it
 * @param retract whether the membership is withdrawn as a fact
 */
public record MembershipCorrection(MembershipPeriod period, MembershipStatus status, @Nullable String basis,
    @Nullable String note, boolean unconfirmed, SourceRef source, String reason, String recordedBy,
    boolean retract) {

  /** Rejects a blank reason or recorder and over-long text. */
  public MembershipCorrection {
    Text.required("reason", reason);
    Text.required("recordedBy", recordedBy);
    Text.limited("basis", basis);
    Text.limited("note", note);
    Sources.check(source);
  }
}
