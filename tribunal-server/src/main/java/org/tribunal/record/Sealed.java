package org.tribunal.record;

import org.tribunal.merkle.hash.Hash;

/**
 * What a module keeps after sealing a non-public record into the log: the salt, stored beside the
 * record, and the commitment that went into the log. Revealing the salt and the canonical content
 * later proves the content was what it is now.
 *
 * @param salt 32 random bytes, hex; stays with the record and is never published with it
 * @param commitment SHA-256 of the salt's bytes followed by the canonical JSON of the content
 */
public record Sealed(String salt, Hash commitment) {}
