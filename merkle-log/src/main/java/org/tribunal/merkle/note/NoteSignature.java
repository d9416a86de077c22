package org.tribunal.merkle.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;

/**
 * One signature line of a signed note: the key name, the 4-byte key ID and the signature bytes that
 * follow the key ID (c2sp.org/signed-note, "Signatures").
 *
 * <p>The line reads {@code — <name> <base64(keyID ‖ signature)>}, where the dash is U+2014. What the
 * signature bytes mean depends on the key type, which the line does not say: only a verifier that
 * knows the (name, key ID) pair can interpret them. Immutable; the bytes are copied in and out.
 *
 * @param name the key name: non-empty, no whitespace, no {@code +}
 * @param keyId the key ID as a big-endian 32-bit value
 * @param signature the bytes after the key ID; at least one byte
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

  /** The line prefix: U+2014 EM DASH and a space. */
  public static final String LINE_PREFIX = "\u2014 ";

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if the name is not a valid key name or the signature is empty
   */
  public NoteSignature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signature, "signature");
    NoteSyntax.nameProblem(name).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    if (signature.length == 0) {
      throw new IllegalArgumentException("a signature has at least one byte after the key ID");
    }
    signature = signature.clone();
  }

  /**
   * Parses one signature line, without its final newline.
   *
   * @param line the line, starting with {@code "— "}
   * @return the signature
   * @throws MalformedInputException if the prefix, name or base64 is wrong, or fewer than 5 bytes
   *     are encoded
   */
  public static NoteSignature parseLine(String line) throws MalformedInputException {
    if (!line.startsWith(LINE_PREFIX)) {
      throw new MalformedInputException("signature line does not start with \"\u2014 \"");
    }
    String rest = line.substring(LINE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new MalformedInputException("signature line has no space between name and signature");
    }
    String name = rest.substring(0, space);
    String encoded = rest.substring(space + 1);
    var nameProblem = NoteSyntax.nameProblem(name);
    if (nameProblem.isPresent()) {
      throw new MalformedInputException("signature line: " + nameProblem.get());
    }
    byte[] blob = NoteSyntax.decodeBase64(encoded)
        .orElseThrow(() -> new MalformedInputException(
            "signature line for " + name + ": signature is not canonical standard base64"));
    if (blob.length < 5) {
      throw new MalformedInputException("signature line for " + name
          + ": " + blob.length + " bytes is too short for a key ID and a signature");
    }
    int keyId = ByteBuffer.wrap(blob, 0, 4).getInt();
    return new NoteSignature(name, keyId, Arrays.copyOfRange(blob, 4, blob.length));
  }

  /**
   * Returns a copy of the signature bytes after the key ID.
   *
   * @return a new array each call
   */
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /**
   * Returns the line as it appears in a note, without the final newline.
   *
   * @return {@code — <name> <base64>}
   */
  public String line() {
    byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
    return LINE_PREFIX + name + " " + Base64.getEncoder().encodeToString(blob);
  }

  /**
   * Returns the key ID as 8 lower-case hex digits, as key strings show it.
   *
   * @return the hex key ID
   */
  public String keyIdHex() {
    return HexFormat.of().toHexDigits(keyId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteSignature s
        && name.equals(s.name)
        && keyId == s.keyId
        && Arrays.equals(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keyId, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return line();
  }
}
