package org.tribunal.coalition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether an instrument is in force on a date, and how many parties stand where.
 *
 * @param instrument the instrument
 * @param asOf the date asked about
 * @param status not yet in force, in force, or undetermined (rule known only as text)
 * @param inForceFrom when it entered (or will enter, if already fixed) into force, or {@code null}
 * @param rule the rule in words
 * @param ruleUnconfirmed whether the rule is unconfirmed
 * @param signatories parties that signed and have not consented
 * @param contracting parties that consented, instrument not yet in force for them
 * @param parties parties for which it is in force
 * @param withdrawn parties that withdrew
 */
public record InstrumentStanding(InstrumentId instrument, LocalDate asOf, Status status,
    @Nullable LocalDate inForceFrom, String rule, boolean ruleUnconfirmed, int signatories, int contracting,
    int parties, int withdrawn) {

  /** The instrument's status on {@link #asOf}. */
  public enum Status { NOT_YET_IN_FORCE, IN_FORCE, UNDETERMINED }
}
