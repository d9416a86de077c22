package org.tribunal.record.checkpoint;

import java.time.Instant;
import org.tribunal.merkle.hash.Hash;

/**
 * A checkpoint the log signed, as stored.
 *
 * @param size the tree size
 * @param root the root hash
 * @param note the signed note: the log's signature and every cosignature collected
 * @param published whether it met the witness policy and is served at {@code /log/checkpoint}
 * @param signedAt when the log signed it
 */
public record StoredCheckpoint(long size, Hash root, String note, boolean published, Instant signedAt) {}
