package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of a chart of signatures and ratifications (Council of Europe Treaty Office style) for one party, as of a
 * date.
 *
 * @param party the state or organisation
 * @param standing signatory, contracting party, party or withdrawn
 * @param signedOn signature date or {@code null}
 * @param definitiveSignature whether the signature expressed consent ("s" in charts)
 * @param consentedOn ratification, acceptance, approval or accession date, or {@code null}
 * @param consentAct how consent was expressed, or {@code null}
 * @param inForceFrom when the instrument enters (entered) into force for this party, or {@code null}
 * @param withdrawnOn withdrawal date or {@code null}
 * @param reservations number of reservations (R.)
 * @param declarations number of declarations (D.)
 * @param jurisdictionDelegatedOn first delegation of jurisdiction, or {@code null}
 * @param notes the actions' notes, joined
 * @param unconfirmed whether any fact in the row is unconfirmed
 */
public record ChartRow(Party party, Standing standing, @Nullable LocalDate signedOn, boolean definitiveSignature,
    @Nullable LocalDate consentedOn, @Nullable ParticipationAct consentAct, @Nullable LocalDate inForceFrom,
    @Nullable LocalDate withdrawnOn, int reservations, int declarations, @Nullable LocalDate jurisdictionDelegatedOn,
    String notes, boolean unconfirmed) {

  /** Where a party stands on an instrument on the chart's date. */
  public enum Standing {
    /** Signed, not yet consented to be bound. */
    SIGNATORY,
    /** Consented to be bound; the instrument is not (yet) in force for it. */
    CONTRACTING,
    /** Consented, and the instrument is in force for it. */
    PARTY,
    /** Withdrew. */
    WITHDRAWN
  }
}
