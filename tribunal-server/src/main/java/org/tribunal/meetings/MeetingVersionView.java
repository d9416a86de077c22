package org.tribunal.meetings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version in a meeting's history.
 *
 * @param version the version, from 1
 * @param status the status in this version
 * @param reason why it changed, if said
 * @param recordedBy who recorded it
 * @param recordedAt when (UTC)
 */
public record MeetingVersionView(
    int version, MeetingStatus status, @Nullable String reason, String recordedBy, Instant recordedAt) {}
