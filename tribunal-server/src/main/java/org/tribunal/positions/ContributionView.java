package org.tribunal.positions;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded contribution declaration.
 *
 * @param id its id
 * @param contribution what was declared
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record ContributionView(UUID id, NewContribution contribution, String recordedBy, Instant recordedAt) {}
