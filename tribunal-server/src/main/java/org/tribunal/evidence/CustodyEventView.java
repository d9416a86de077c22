package org.tribunal.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event in an item's chain of custody, with where it is in the public record.
 *
 * @param sequence 1 for the first event (RECEIVED), then 2, 3...; also its version in the record
 * @param action what happened
 * @param occurredAt when it happened (UTC)
 * @param recordedAt when it was recorded (UTC)
 * @param actor the user who recorded it
 * @param reason why
 * @param location where, if given
 * @param custodian the new custodian (TRANSFERRED), the recipient (RELEASED), if given
 * @param authority the order or decision (DESTROYED)
 * @param copySha256 the SHA-256 of the copy (COPIED)
 * @param submission the submission it records (RECEIVED)
 * @param commitment the salted SHA-256 commitment that went into the public record (hex)
 * @param logIndex its index in the public log, or {@code null} while waiting for the sequencer
 */
public record CustodyEventView(
    int sequence,
    CustodyAction action,
    Instant occurredAt,
    Instant recordedAt,
    String actor,
    String reason,
    @Nullable String location,
    @Nullable String custodian,
    @Nullable String authority,
    @Nullable String copySha256,
    @Nullable Integer submission,
    String commitment,
    @Nullable Long logIndex) {

  /** The record type of custody events in the public record. */
  public static final String RECORD_TYPE = "evidence.custody";
}
