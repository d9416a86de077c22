package org.tribunal.merkle.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;

/**
 * A private Ed25519 key that signs notes, or (type {@link SignatureType#COSIGNATURE_V1}) cosigns
 * checkpoints as a witness.
 *
 * <p>Its text form, the signer key, is the Go {@code golang.org/x/mod/sumdb/note} format {@code
 * PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ 32-byte seed)>}; the key ID is that of the public
 * key, and parsing derives the public key and checks it. C2SP does not standardise signer keys.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never reveals the private key.
 */
public final class NoteSigner {

  private static final String PREFIX = "PRIVATE+KEY+";

  private final NoteVerifier verifier;
  private final byte[] seed;
  private final PrivateKey privateKey;

  private NoteSigner(String name, SignatureType type, byte[] seed) {
    this.seed = seed.clone();
    this.privateKey = Ed25519.privateKey(seed);
    this.verifier = NoteVerifier.of(name, type, Ed25519.publicKeyOf(seed));
  }

  /**
   * Creates a signer from a raw 32-byte Ed25519 seed (the RFC 8032 private key).
   *
   * @param name the key name: non-empty, no whitespace, no {@code +}
   * @param type the signature type
   * @param seed the 32-byte seed
   * @return the signer
   * @throws IllegalArgumentException if the name is invalid or the seed is not 32 bytes
   */
  public static NoteSigner of(String name, SignatureType type, byte[] seed) {
    Objects.requireNonNull(type, "type");
    return new NoteSigner(name, type, seed);
  }

  /**
   * Generates a new random Ed25519 key for signing notes (type {@code 0x01}).
   *
   * @param name the key name, for a log its origin, such as {@code tribunal.example/log}
   * @return a new signer; {@link #signerKey()} and {@code verifier().verifierKey()} are its key
   *     strings
   * @throws IllegalArgumentException if the name is invalid
   */
  public static NoteSigner generate(String name) {
    return generate(name, SignatureType.ED25519);
  }

  /**
   * Generates a new random Ed25519 key of the given type.
   *
   * @param name the key name
   * @param type {@link SignatureType#ED25519} for a log, {@link SignatureType#COSIGNATURE_V1} for a
   *     witness
   * @return a new signer
   * @throws IllegalArgumentException if the name is invalid
   */
  public static NoteSigner generate(String name, SignatureType type) {
    return of(name, type, Ed25519.newSeed());
  }

  /**
   * Parses a signer key string {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ seed)>}.
   *
   * @param signerKey the key string
   * @return the signer
   * @throws MalformedInputException if the prefix is missing, the parts are not as described, the
   *     type is unsupported, the seed is not 32 bytes, or the key ID does not match the public key
   */
  public static NoteSigner parse(String signerKey) throws MalformedInputException {
    if (!signerKey.startsWith(PREFIX)) {
      throw new MalformedInputException("signer key does not start with PRIVATE+KEY+");
    }
    String[] parts = signerKey.substring(PREFIX.length()).split("\\+", 3);
    if (parts.length != 3) {
      throw new MalformedInputException("signer key must be PRIVATE+KEY+<name>+<key ID>+<key>");
    }
    String name = parts[0];
    var nameProblem = NoteSyntax.nameProblem(name);
    if (nameProblem.isPresent()) {
      throw new MalformedInputException("signer key: " + nameProblem.get());
    }
    int keyId = NoteVerifier.parseKeyId(parts[1], "signer key");
    byte[] typed = NoteSyntax.decodeBase64(parts[2])
        .orElseThrow(() -> new MalformedInputException("signer key: key is not canonical base64"));
    if (typed.length == 0) {
      throw new MalformedInputException("signer key: key is empty");
    }
    SignatureType type = SignatureType.ofCode(typed[0])
        .orElseThrow(() -> new MalformedInputException(
            String.format("signer key: unsupported signature type 0x%02x", typed[0] & 0xff)));
    if (typed.length != 1 + Ed25519.KEY_SIZE) {
      throw new MalformedInputException(
          "signer key: an Ed25519 seed is 32 bytes, got " + (typed.length - 1));
    }
    NoteSigner signer = new NoteSigner(name, type, Arrays.copyOfRange(typed, 1, typed.length));
    if (signer.keyId() != keyId) {
      throw new MalformedInputException("signer key: key ID " + parts[1]
          + " does not match the public key, whose ID is " + HexFormat.of().toHexDigits(signer.keyId()));
    }
    return signer;
  }

  /**
   * Returns the key name.
   *
   * @return the name signature lines carry
   */
  public String name() {
    return verifier.name();
  }

  /**
   * Returns the key ID of the public key.
   *
   * @return the 32-bit key ID
   */
  public int keyId() {
    return verifier.keyId();
  }

  /**
   * Returns the signature type.
   *
   * @return the type
   */
  public SignatureType type() {
    return verifier.type();
  }

  /**
   * Returns the matching public verifier.
   *
   * @return the verifier for this key's signatures
   */
  public NoteVerifier verifier() {
    return verifier;
  }

  /**
   * Returns the signer key string, which {@link #parse(String)} accepts. Keep it secret.
   *
   * @return {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ seed)>}
   */
  public String signerKey() {
    byte[] typed = new byte[1 + seed.length];
    typed[0] = type().code();
    System.arraycopy(seed, 0, typed, 1, seed.length);
    return PREFIX + name() + "+" + HexFormat.of().toHexDigits(keyId()) + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /**
   * Signs a note text with an Ed25519 note signature (type {@code 0x01}). Ed25519 is deterministic:
   * the same key and text always give the same line.
   *
   * @param text the note text; must end with a newline and carry no control characters but newline
   * @return the signature line
   * @throws IllegalArgumentException if the text is not a valid note text
   * @throws IllegalStateException if this is a cosignature key; use {@link #cosign(String, long)}
   */
  public NoteSignature sign(String text) {
    if (type() != SignatureType.ED25519) {
      throw new IllegalStateException(name() + " is a " + type() + " key; cosign with a timestamp");
    }
    checkText(text);
    byte[] signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
    return new NoteSignature(name(), keyId(), signature);
  }

  /**
   * Cosigns a checkpoint text as a witness at the given time (c2sp.org/tlog-cosignature, {@code
   * cosignature/v1}); the signature bytes are the 8-byte big-endian timestamp and the 64-byte
   * Ed25519 signature.
   *
   * @param text the checkpoint text including extension lines and the final newline
   * @param timestamp POSIX seconds, non-negative
   * @return the cosignature line
   * @throws IllegalArgumentException if the text is not a valid note text or the timestamp is
   *     negative
   * @throws IllegalStateException if this is not a cosignature key
   */
  public NoteSignature cosign(String text, long timestamp) {
    if (type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalStateException(name() + " is a " + type() + " key, not a cosignature key");
    }
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must be non-negative, got " + timestamp);
    }
    checkText(text);
    byte[] message =
        NoteVerifier.cosignedMessage(timestamp, text.getBytes(StandardCharsets.UTF_8));
    byte[] signature = Ed25519.sign(privateKey, message);
    byte[] bytes = ByteBuffer.allocate(8 + signature.length).putLong(timestamp).put(signature).array();
    return new NoteSignature(name(), keyId(), bytes);
  }

  private static void checkText(String text) {
    NoteSyntax.textProblem(text).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
  }

  /** Returns the name and public verifier key, never the private key. */
  @Override
  public String toString() {
    return "NoteSigner[" + verifier.verifierKey() + "]";
  }
}
