package org.tribunal.merkle.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.note.NoteSignature;

/**
 * A witness cosignature, c2sp.org/tlog-cosignature {@code cosignature/v1} (signature type {@code
 * 0x04}): the witness states that at {@code timestamp} this checkpoint was the largest tree it had
 * seen consistent with all earlier ones for that origin.
 *
 * <p>On the note line the bytes after the key ID are the 8-byte big-endian timestamp (POSIX
 * seconds, below 2^63) and the 64-byte Ed25519 signature of {@link #signedMessage(long, String)}.
 * Whether a line is a cosignature cannot be told from the line: only the witness's verifier key
 * (type {@code 0x04}) says so. Immutable; the signature bytes are copied.
 *
 * @param witness the witness key name
 * @param keyId the witness key ID
 * @param timestamp POSIX seconds, non-negative
 * @param signature the 64-byte Ed25519 signature
 */
public record Cosignature(String witness, int keyId, long timestamp, byte[] signature) {

  /** The length of the bytes after the key ID: timestamp and signature. */
  public static final int SIGNATURE_BYTES = 8 + 64;

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if the timestamp is negative or the signature is not 64 bytes
   */
  public Cosignature {
    Objects.requireNonNull(witness, "witness");
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must be below 2^63, got " + Long.toUnsignedString(timestamp));
    }
    if (signature.length != 64) {
      throw new IllegalArgumentException("an Ed25519 signature is 64 bytes, got " + signature.length);
    }
    signature = signature.clone();
  }

  /**
   * Reads a note signature line as a cosignature.
   *
   * @param line a signature line by a witness key
   * @return the cosignature
   * @throws MalformedInputException if the line does not carry exactly 72 bytes after the key ID or
   *     its timestamp is 2^63 or more
   */
  public static Cosignature from(NoteSignature line) throws MalformedInputException {
    byte[] bytes = line.signature();
    if (bytes.length != SIGNATURE_BYTES) {
      throw new MalformedInputException("cosignature by " + line.name() + " has " + bytes.length
          + " bytes after the key ID, not " + SIGNATURE_BYTES);
    }
    long timestamp = ByteBuffer.wrap(bytes, 0, 8).getLong();
    if (timestamp < 0) {
      throw new MalformedInputException("cosignature by " + line.name() + " has a timestamp of 2^63 or more");
    }
    return new Cosignature(line.name(), line.keyId(), timestamp, Arrays.copyOfRange(bytes, 8, bytes.length));
  }

  /**
   * Returns the cosignature as a note signature line.
   *
   * @return the line
   */
  public NoteSignature toNoteSignature() {
    byte[] bytes = ByteBuffer.allocate(SIGNATURE_BYTES).putLong(timestamp).put(signature).array();
    return new NoteSignature(witness, keyId, bytes);
  }

  /**
   * Returns the timestamp as an instant.
   *
   * @return the time the witness signed
   */
  public Instant time() {
    return Instant.ofEpochSecond(timestamp);
  }

  /**
   * Returns a copy of the 64-byte Ed25519 signature.
   *
   * @return a new array each call
   */
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /**
   * Returns the message a {@code cosignature/v1} signature covers.
   *
   * @param timestamp POSIX seconds, non-negative
   * @param checkpointText the checkpoint text including extension lines and its final newline
   * @return {@code "cosignature/v1\ntime <timestamp>\n" + checkpointText} in UTF-8
   */
  public static byte[] signedMessage(long timestamp, String checkpointText) {
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must be non-negative");
    }
    return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointText)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cosignature c
        && witness.equals(c.witness)
        && keyId == c.keyId
        && timestamp == c.timestamp
        && Arrays.equals(signature, c.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(witness, keyId, timestamp, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return "Cosignature[" + witness + " at " + time() + "]";
  }
}
