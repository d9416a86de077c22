/**
 * C2SP signed notes (<a href="https://c2sp.org/signed-note">c2sp.org/signed-note</a>, v1.0.0) with
 * Ed25519 keys: the text envelope that carries checkpoints and their signatures.
 *
 * <p>{@link org.tribunal.merkle.note.SignedNote} parses and formats a note; {@link
 * org.tribunal.merkle.note.NoteSigner} and {@link org.tribunal.merkle.note.NoteVerifier} hold keys in
 * the key-string formats of Go's {@code golang.org/x/mod/sumdb/note} ({@code PRIVATE+KEY+name+keyid+base64}
 * and {@code name+keyid+base64}), so keys move freely between this library and the Go tools. Two
 * signature types are supported: plain Ed25519 (type {@code 0x01}) and the timestamped Ed25519
 * witness cosignature of c2sp.org/tlog-cosignature (type {@code 0x04}).
 *
 * <p>Everything here is immutable and thread-safe. Cryptography is the JDK's own Ed25519 (Java 15+);
 * raw 32-byte keys are converted to and from the X.509 and PKCS#8 encodings the JDK expects.
 */
package org.tribunal.merkle.note;
