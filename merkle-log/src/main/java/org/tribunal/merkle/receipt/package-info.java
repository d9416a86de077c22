/**
 * Offline receipts: self-contained proofs that an entry is in the log, in the format of
 * <a href="https://c2sp.org/tlog-proof">c2sp.org/tlog-proof</a> ({@code c2sp.org/tlog-proof@v1}),
 * checkable years later with only the log's public key and, optionally, a witness policy.
 *
 * <p>Immutable and thread-safe.
 */
package org.tribunal.merkle.receipt;
