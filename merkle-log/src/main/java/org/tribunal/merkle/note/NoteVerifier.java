package org.tribunal.merkle.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;

/**
 * A public key that checks note signatures, named and identified as c2sp.org/signed-note requires.
 *
 * <p>Its text form, the verifier key, is {@code <name>+<8 hex digit key ID>+<base64(type ‖ public
 * key)>}, as in Go's {@code golang.org/x/mod/sumdb/note}; for example {@code
 * PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW}. Parsing recomputes the key ID
 * and rejects a key whose ID does not match.
 *
 * <p>A verifier of type {@link SignatureType#COSIGNATURE_V1} checks witness cosignatures: it reads
 * the 8-byte timestamp at the start of the signature bytes and verifies the Ed25519 signature over
 * {@code "cosignature/v1\ntime <t>\n" + text} (c2sp.org/tlog-cosignature).
 *
 * <p>Immutable and thread-safe. Two verifiers are equal when name, type and public key are equal.
 */
public final class NoteVerifier {

  private final String name;
  private final SignatureType type;
  private final byte[] publicKeyBytes;
  private final int keyId;
  private final PublicKey publicKey;

  NoteVerifier(String name, SignatureType type, byte[] publicKeyBytes) throws InvalidKeySpecException {
    this.name = name;
    this.type = type;
    this.publicKeyBytes = publicKeyBytes.clone();
    this.keyId = Ed25519.keyId(name, type, publicKeyBytes);
    this.publicKey = Ed25519.publicKey(publicKeyBytes);
  }

  /**
   * Creates a verifier from a name, a type and a raw 32-byte Ed25519 public key.
   *
   * @param name the key name: non-empty, no whitespace, no {@code +}
   * @param type the signature type
   * @param publicKey the raw 32-byte Ed25519 public key
   * @return the verifier, with its key ID computed from the three values
   * @throws IllegalArgumentException if the name is invalid or the key is not 32 bytes
   */
  public static NoteVerifier of(String name, SignatureType type, byte[] publicKey) {
    Objects.requireNonNull(type, "type");
    NoteSyntax.nameProblem(name).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    try {
      return new NoteVerifier(name, type, publicKey);
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Parses a verifier key string {@code <name>+<hex key ID>+<base64(type ‖ public key)>}.
   *
   * @param verifierKey the key string
   * @return the verifier
   * @throws MalformedInputException if the string does not have three {@code +}-separated parts, the
   *     name is invalid, the key ID is not 8 hex digits, the base64 is not canonical, the type is not
   *     supported, the key is not 32 bytes, or the key ID does not match the key
   */
  public static NoteVerifier parse(String verifierKey) throws MalformedInputException {
    String[] parts = verifierKey.split("\\+", 3);
    if (parts.length != 3) {
      throw new MalformedInputException(
          "verifier key must be <name>+<key ID>+<key>, found " + parts.length + " '+'-separated parts");
    }
    String name = parts[0];
    var nameProblem = NoteSyntax.nameProblem(name);
    if (nameProblem.isPresent()) {
      throw new MalformedInputException("verifier key: " + nameProblem.get());
    }
    int keyId = parseKeyId(parts[1], "verifier key");
    byte[] typed = NoteSyntax.decodeBase64(parts[2])
        .orElseThrow(() -> new MalformedInputException("verifier key: key is not canonical base64"));
    NoteVerifier verifier = fromTypedKey(name, typed, "verifier key");
    if (verifier.keyId != keyId) {
      throw new MalformedInputException("verifier key: key ID " + parts[1]
          + " does not match the key, whose ID is " + HexFormat.of().toHexDigits(verifier.keyId));
    }
    return verifier;
  }

  static int parseKeyId(String hex, String what) throws MalformedInputException {
    if (hex.length() != 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new MalformedInputException(what + ": key ID must be 8 hex digits, got \"" + hex + "\"");
    }
    return (int) Long.parseLong(hex, 16);
  }

  static NoteVerifier fromTypedKey(String name, byte[] typed, String what)
      throws MalformedInputException {
    if (typed.length == 0) {
      throw new MalformedInputException(what + ": key is empty");
    }
    SignatureType type = SignatureType.ofCode(typed[0])
        .orElseThrow(() -> new MalformedInputException(
            String.format("%s: unsupported signature type 0x%02x", what, typed[0] & 0xff)));
    if (typed.length != 1 + Ed25519.KEY_SIZE) {
      throw new MalformedInputException(
          what + ": an Ed25519 key is 32 bytes, got " + (typed.length - 1));
    }
    try {
      return new NoteVerifier(name, type, Arrays.copyOfRange(typed, 1, typed.length));
    } catch (InvalidKeySpecException e) {
      throw new MalformedInputException(what + ": not a usable Ed25519 key", e);
    }
  }

  /**
   * Returns the key name.
   *
   * @return the name signatures by this key carry
   */
  public String name() {
    return name;
  }

  /**
   * Returns the key ID.
   *
   * @return the first 4 bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ type ‖ public key)
   */
  public int keyId() {
    return keyId;
  }

  /**
   * Returns the signature type.
   *
   * @return the type byte's meaning
   */
  public SignatureType type() {
    return type;
  }

  /**
   * Returns a copy of the raw 32-byte public key.
   *
   * @return a new array each call
   */
  public byte[] publicKey() {
    return publicKeyBytes.clone();
  }

  /**
   * Returns the verifier key string, which {@link #parse(String)} accepts.
   *
   * @return {@code <name>+<hex key ID>+<base64(type ‖ key)>}
   */
  public String verifierKey() {
    byte[] typed = new byte[1 + publicKeyBytes.length];
    typed[0] = type.code();
    System.arraycopy(publicKeyBytes, 0, typed, 1, publicKeyBytes.length);
    return name + "+" + HexFormat.of().toHexDigits(keyId) + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /**
   * Says whether a signature line was made by this key: same name, same key ID.
   *
   * @param signature a signature line
   * @return true if the (name, key ID) pair is this key's
   */
  public boolean identifies(NoteSignature signature) {
    return name.equals(signature.name()) && keyId == signature.keyId();
  }

  /**
   * Says whether {@code signature} is this key's valid signature of {@code text}.
   *
   * @param text the note text, ending in a newline
   * @param signature a signature line
   * @return true only if the line names this key and its signature verifies; false for a signature
   *     of another key, a signature of the wrong length, or one that does not verify
   */
  public boolean verifies(String text, NoteSignature signature) {
    if (!identifies(signature)) {
      return false;
    }
    byte[] bytes = signature.signature();
    byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
    return switch (type) {
      case ED25519 -> Ed25519.verify(publicKey, textBytes, bytes);
      case COSIGNATURE_V1 -> {
        if (bytes.length != 8 + Ed25519.SIGNATURE_SIZE) {
          yield false;
        }
        long timestamp = ByteBuffer.wrap(bytes, 0, 8).getLong();
        if (timestamp < 0) {
          yield false;
        }
        yield Ed25519.verify(publicKey, cosignedMessage(timestamp, textBytes),
            Arrays.copyOfRange(bytes, 8, bytes.length));
      }
    };
  }

  /**
   * Returns the message a {@code cosignature/v1} signature covers.
   *
   * @param timestamp POSIX seconds, non-negative
   * @param text the checkpoint text in UTF-8, including extension lines and the final newline
   * @return {@code "cosignature/v1\ntime <timestamp>\n"} followed by the text
   */
  static byte[] cosignedMessage(long timestamp, byte[] text) {
    byte[] header = ("cosignature/v1\ntime " + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] message = Arrays.copyOf(header, header.length + text.length);
    System.arraycopy(text, 0, message, header.length, text.length);
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteVerifier v
        && name.equals(v.name)
        && type == v.type
        && Arrays.equals(publicKeyBytes, v.publicKeyBytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, Arrays.hashCode(publicKeyBytes));
  }

  /** Returns the verifier key string. */
  @Override
  public String toString() {
    return verifierKey();
  }
}
