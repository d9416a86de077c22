package org.tribunal.evidence.store;

import org.tribunal.evidence.ContentHashes;

/**
 * Bytes received completely and hashed, waiting to be kept or discarded. Not yet content-addressed:
 * nothing refers to it until {@link EvidenceStore#keep(StagedFile)}.
 *
 * @param handle the store's reference to the staged bytes
 * @param hashes the hashes taken while the bytes streamed in
 */
public record StagedFile(String handle, ContentHashes hashes) {}
