/**
 * Where the vault keeps bytes: a narrow, content-addressed {@link org.tribunal.evidence.store.EvidenceStore}
 * with two implementations, {@link org.tribunal.evidence.store.FileSystemEvidenceStore} (the default) and
 * {@link org.tribunal.evidence.store.S3EvidenceStore} (an S3-compatible bucket). Both stage incoming bytes
 * in a local directory while hashing them; files are named by their SHA-256 and never change once kept.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.store;
