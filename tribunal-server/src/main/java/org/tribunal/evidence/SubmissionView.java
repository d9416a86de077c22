package org.tribunal.evidence;

import java.time.Instant;

/**
 * One submission of an item's bytes. The same bytes submitted again make a new submission of the
 * same item, with its own provenance; none is ever dropped.
 *
 * @param number 1 for the first submission, then 2, 3...
 * @param receivedAt when the vault received it (UTC)
 * @param receivedBy the user who took it in
 * @param provenance where it comes from and on which conditions it is held
 */
public record SubmissionView(int number, Instant receivedAt, String receivedBy, Provenance provenance) {}
