package org.tribunal.positions;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A state's dispute of a recorded position. It stands beside the position and never replaces it.
 *
 * @param id the dispute's id
 * @param position the disputed position
 * @param version the version that was disputed
 * @param statement what the state says
 * @param sourceUrl where the state said it, if public
 * @param disputedBy who recorded the dispute
 * @param disputedAt when
 */
public record DisputeView(
    UUID id, PositionRef position, int version, String statement, @Nullable String sourceUrl,
    String disputedBy, Instant disputedAt) {}
