/**
 * Hash values and the RFC 6962 hash functions: {@link org.tribunal.merkle.hash.Hash} is a 32-byte
 * SHA-256 value, {@link org.tribunal.merkle.hash.Rfc6962} computes leaf, node and empty-tree hashes.
 */
package org.tribunal.merkle.hash;
