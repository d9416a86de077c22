package org.tribunal.merkle.note;

import java.util.Optional;

/**
 * The signature algorithms a note key can carry, identified by the type byte that prefixes the public
 * key in a key string and that enters the key ID (c2sp.org/signed-note, "Signature types").
 */
public enum SignatureType {

  /** Ed25519 over the note text (type {@code 0x01}). */
  ED25519((byte) 0x01),

  /**
   * Timestamped Ed25519 witness cosignature, c2sp.org/tlog-cosignature {@code cosignature/v1} (type
   * {@code 0x04}): the signature covers {@code "cosignature/v1\ntime <t>\n"} followed by the note text.
   */
  COSIGNATURE_V1((byte) 0x04);

  private final byte code;

  SignatureType(byte code) {
    this.code = code;
  }

  /**
   * Returns the type byte.
   *
   * @return the byte that prefixes public keys of this type
   */
  public byte code() {
    return code;
  }

  /**
   * Finds the type with the given byte.
   *
   * @param code a type byte
   * @return the type, or empty if this library does not support it
   */
  public static Optional<SignatureType> ofCode(byte code) {
    for (SignatureType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
