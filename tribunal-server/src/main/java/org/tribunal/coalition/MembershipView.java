package org.tribunal.coalition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tribunal.shared.SourceRef;

/**
 * One version of a membership: a party in a body over a period, with its status, basis and source. Later versions
 * (corrections) never overwrite earlier ones; {@link #reason} says why a version replaced the previous one.
 *
 * @param id the membership across versions
 * @param version 1 for the first record, then one more per correction
 * @param party the state or organisation
 * @param body the body
 * @param period {@code [from, to)}; {@code from} may be unknown
 * @param status member, participant, observer, suspended, withdrawn...
 * @param basis legal or political basis (e.g. "CM/Res(2023)3"), or {@code null}
 * @param note free note, or {@code null}
 * @param unconfirmed whether the fact is not confirmed by a primary source
 * @param source where the fact comes from
 * @param reason why this version corrects the previous one; {@code null} for version 1
 * @param recordedBy who recorded this version
 * @param recordedAt when this version was recorded
 * @param retracted whether this version withdraws the fact altogether
 */
public record MembershipView(MembershipId id, int version, Party party, BodyId body, MembershipPeriod period,
    MembershipStatus status, @Nullable String basis, @Nullable String note, boolean unconfirmed, SourceRef source,
    @Nullable String reason, String recordedBy, Instant recordedAt, boolean retracted) {}
