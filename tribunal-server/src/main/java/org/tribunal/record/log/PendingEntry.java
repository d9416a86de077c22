package org.tribunal.record.log;

import java.time.Instant;

/** An outbox row waiting for its place in the log. */
record PendingEntry(long outboxId, String type, String id, int version, byte[] body, Instant createdAt) {}
