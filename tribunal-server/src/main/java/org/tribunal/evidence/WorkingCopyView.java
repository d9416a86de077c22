package org.tribunal.evidence;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A working copy: a file derived from an original, kept apart from it, linked to it and to the
 * COPIED custody event that records its making.
 *
 * @param id the copy
 * @param original the original it derives from
 * @param kind how it was derived
 * @param tool the tool that made it
 * @param fileName its file name
 * @param note what was done, if said
 * @param hashes its SHA-256, SHA-512 and size
 * @param mediaType its detected media type
 * @param createdAt when it was added (UTC)
 * @param createdBy who added it
 * @param custodySequence the original's COPIED event recording it
 */
public record WorkingCopyView(
    UUID id,
    EvidenceId original,
    DerivationKind kind,
    String tool,
    String fileName,
    @Nullable String note,
    ContentHashes hashes,
    String mediaType,
    Instant createdAt,
    String createdBy,
    int custodySequence) {}
