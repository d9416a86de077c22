package org.tribunal.coalition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * One version of an action a party took on an instrument (signature, ratification, withdrawal...).
 *
 * @param id the action across versions
 * @param version 1, then one more per correction
 * @param instrument the instrument
 * @param party the state or organisation
 * @param act what was done
 * @param on when
 * @param note free note or {@code null}
 * @param unconfirmed whether the fact is unconfirmed
 * @param source where the fact comes from
 * @param reason why this version corrects the previous one; {@code null} for version 1
 * @param recordedBy who recorded this version
 * @param recordedAt when this version was recorded
 * @param retracted whether this version withdraws the fact altogether
 */
public record InstrumentActionView(InstrumentActionId id, int version, InstrumentId instrument, Party party,
    ParticipationAct act, LocalDate on, @Nullable String note, boolean unconfirmed, SourceRef source,
    @Nullable String reason, String recordedBy, Instant recordedAt, boolean retracted) {}
