/**
 * Checkpoints and witnessing: the signed statement "the log had this size and this root"
 * (c2sp.org/tlog-checkpoint v1.0.0), witness cosignatures (c2sp.org/tlog-cosignature, {@code
 * cosignature/v1}) and a k-of-n witness policy.
 *
 * <p>{@link org.tribunal.merkle.checkpoint.Checkpoint} is the note text only; {@link
 * org.tribunal.merkle.checkpoint.SignedCheckpoint} pairs it with the signed note that carries the
 * log signature and any cosignatures. All types are immutable and thread-safe.
 */
package org.tribunal.merkle.checkpoint;
