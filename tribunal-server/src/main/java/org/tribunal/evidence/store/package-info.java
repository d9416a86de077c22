/**
 * Where the vault keeps bytes: a narrow, content-addressed {@link org.tribunal.evidence.store.EvidenceStore}
 * and its file-system implementation. Files are named by their SHA-256 and never change once kept; an
 * object-storage implementation (S3-compatible) only has to implement the same interface.
 */
@org.jspecify.annotations.NullMarked
package org.tribunal.evidence.store;
