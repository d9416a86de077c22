package org.tribunal.record.witness;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tribunal.merkle.note.NoteVerifier;

/**
 * A witness the log sends its checkpoints to.
 *
 * @param name the witness's key name (as in its cosignature lines)
 * @param verifier its cosignature verifier key (type 0x04)
 * @param url its submission prefix; the log posts to {@code <url>/add-checkpoint}
 * @param stateCode the coalition state that runs it, if any
 * @param active whether it counts for the policy and receives checkpoints
 * @param registeredBy who registered it
 * @param registeredAt when
 */
public record RegisteredWitness(
    String name,
    NoteVerifier verifier,
    String url,
    @Nullable String stateCode,
    boolean active,
    String registeredBy,
    Instant registeredAt) {}
