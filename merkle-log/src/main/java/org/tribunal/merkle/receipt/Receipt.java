package org.tribunal.merkle.receipt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.proof.ProofVerifier;

/**
 * An offline proof that a log entry is included in a signed checkpoint (c2sp.org/tlog-proof).
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 opaque data&gt;      (optional)
 * index &lt;decimal leaf index&gt;
 * &lt;base64 hash&gt;                    (zero or more: the inclusion proof, leaf sibling first)
 *
 * &lt;signed checkpoint note, verbatim, with the log signature and any cosignatures&gt;
 * </pre>
 *
 * <p>The {@code extra} data is not authenticated by the format. Tribunal receipts carry the logged
 * entry itself there, so the receipt is self-contained: its leaf hash is computed from {@code
 * extra} and the inclusion proof authenticates it. Files SHOULD use the extension {@code
 * .tlog-proof}. Immutable; {@code extra} is copied in and out.
 *
 * @param extra the opaque extra data; empty when the line is absent
 * @param index the leaf index, unsigned
 * @param proof the inclusion proof, leaf sibling first, at most {@value #MAX_PROOF_HASHES} hashes
 * @param checkpoint the signed checkpoint the proof leads to
 */
public record Receipt(byte[] extra, long index, List<Hash> proof, SignedCheckpoint checkpoint) {

  /** The first line of every receipt. */
  public static final String HEADER = "c2sp.org/tlog-proof@v1";

  /** The longest inclusion proof a tree of up to 2^64&minus;1 leaves can need. */
  public static final int MAX_PROOF_HASHES = 64;

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if the proof has more than {@value #MAX_PROOF_HASHES} hashes
   */
  public Receipt {
    Objects.requireNonNull(extra, "extra");
    Objects.requireNonNull(checkpoint, "checkpoint");
    extra = extra.clone();
    proof = List.copyOf(proof);
    if (proof.size() > MAX_PROOF_HASHES) {
      throw new IllegalArgumentException("an inclusion proof has at most " + MAX_PROOF_HASHES
          + " hashes, got " + proof.size());
    }
  }

  /**
   * Creates a receipt without extra data.
   *
   * @param index the leaf index, unsigned
   * @param proof the inclusion proof
   * @param checkpoint the signed checkpoint
   * @return the receipt
   */
  public static Receipt of(long index, List<Hash> proof, SignedCheckpoint checkpoint) {
    return new Receipt(new byte[0], index, proof, checkpoint);
  }

  /**
   * Parses a receipt.
   *
   * @param text the whole receipt
   * @return the receipt, not yet verified
   * @throws MalformedInputException naming the line at fault: a wrong first line, an empty or
   *     non-canonical {@code extra}, a missing or malformed {@code index}, a proof line that is not
   *     the canonical base64 of 32 bytes, too many proof lines, no empty line before the checkpoint,
   *     or a malformed checkpoint note
   */
  public static Receipt parse(String text) throws MalformedInputException {
    int split = text.indexOf("\n\n");
    if (split < 0) {
      throw new MalformedInputException("receipt has no empty line before the checkpoint");
    }
    String[] lines = text.substring(0, split).split("\n", -1);
    if (!lines[0].equals(HEADER)) {
      throw new MalformedInputException("receipt line 1: expected \"" + HEADER + "\"");
    }
    int at = 1;
    byte[] extra = new byte[0];
    if (at < lines.length && lines[at].startsWith("extra ")) {
      String encoded = lines[at].substring("extra ".length());
      extra = decodeCanonical(encoded)
          .orElseThrow(() -> new MalformedInputException(
              "receipt line 2: extra data is not canonical standard base64"));
      if (extra.length == 0) {
        throw new MalformedInputException("receipt line 2: extra line without data");
      }
      at++;
    }
    if (at >= lines.length || !lines[at].startsWith("index ")) {
      throw new MalformedInputException("receipt line " + (at + 1) + ": expected \"index <n>\"");
    }
    long index = parseIndex(lines[at].substring("index ".length()), at + 1);
    at++;
    if (lines.length - at > MAX_PROOF_HASHES) {
      throw new MalformedInputException("receipt has " + (lines.length - at)
          + " proof lines; at most " + MAX_PROOF_HASHES);
    }
    List<Hash> proof = new ArrayList<>();
    for (; at < lines.length; at++) {
      byte[] hash = decodeCanonical(lines[at])
          .orElseThrow(new LineProblem(at + 1, "proof hash is not canonical standard base64"));
      if (hash.length != Hash.SIZE) {
        throw new MalformedInputException("receipt line " + (at + 1) + ": proof hash is "
            + hash.length + " bytes, not 32");
      }
      proof.add(Hash.of(hash));
    }
    SignedCheckpoint checkpoint;
    try {
      checkpoint = SignedCheckpoint.parse(text.substring(split + 2));
    } catch (MalformedInputException e) {
      throw new MalformedInputException("receipt checkpoint: " + e.getMessage(), e);
    }
    return new Receipt(extra, index, proof, checkpoint);
  }

  /**
   * Returns the receipt text, which {@link #parse(String)} accepts.
   *
   * @return the text, ending with the checkpoint note
   */
  public String format() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    if (extra.length > 0) {
      out.append("extra ").append(Base64.getEncoder().encodeToString(extra)).append('\n');
    }
    out.append("index ").append(Long.toUnsignedString(index)).append('\n');
    for (Hash hash : proof) {
      out.append(hash.toBase64()).append('\n');
    }
    out.append('\n').append(checkpoint.format());
    return out.toString();
  }

  /**
   * Verifies that the entry with {@code leafHash} is at {@link #index()} in a checkpoint signed by
   * the log and witnessed as the policy requires (c2sp.org/tlog-proof, "Verification").
   *
   * @param log the log's verifier key; the checkpoint's origin must be its name
   * @param policy the witness policy; {@link WitnessPolicy#none()} to require no witness
   * @param leafHash the RFC 6962 leaf hash of the entry the caller holds
   * @return the verified checkpoint
   * @throws VerificationException if the log signature is missing or bad, the origin is not the key
   *     name, the policy is not met, or the inclusion proof does not lead from the leaf hash to the
   *     checkpoint's root ({@link org.tribunal.merkle.RootMismatchException}, {@link
   *     org.tribunal.merkle.InvalidProofException})
   */
  public Checkpoint verify(NoteVerifier log, WitnessPolicy policy, Hash leafHash)
      throws VerificationException {
    Checkpoint trusted = checkpoint.verify(log);
    policy.require(checkpoint);
    ProofVerifier.verifyInclusion(index, trusted.size(), leafHash, proof, trusted.root());
    return trusted;
  }

  /**
   * Verifies the receipt for the given entry bytes; see {@link #verify(NoteVerifier, WitnessPolicy,
   * Hash)}.
   *
   * @param log the log's verifier key
   * @param policy the witness policy
   * @param entry the logged entry, as the log hashed it
   * @return the verified checkpoint
   * @throws VerificationException if the receipt does not prove the entry
   */
  public Checkpoint verifyEntry(NoteVerifier log, WitnessPolicy policy, byte[] entry)
      throws VerificationException {
    return verify(log, policy, Rfc6962.leafHash(entry));
  }

  /**
   * Verifies the receipt for the entry it carries in its {@code extra} data, the Tribunal
   * convention; see {@link #verify(NoteVerifier, WitnessPolicy, Hash)}.
   *
   * @param log the log's verifier key
   * @param policy the witness policy
   * @return the verified checkpoint; the entry is then {@link #extra()}
   * @throws VerificationException if the receipt carries no entry or does not prove it
   */
  public Checkpoint verifyCarriedEntry(NoteVerifier log, WitnessPolicy policy)
      throws VerificationException {
    if (extra.length == 0) {
      throw new VerificationException("the receipt carries no entry in its extra data");
    }
    return verifyEntry(log, policy, extra);
  }

  /**
   * Returns a copy of the extra data.
   *
   * @return a new array each call; empty if the receipt has none
   */
  @Override
  public byte[] extra() {
    return extra.clone();
  }

  private static long parseIndex(String digits, int line) throws MalformedInputException {
    if (digits.isEmpty() || digits.length() > 20
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedInputException("receipt line " + line + ": index is not a decimal number");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new MalformedInputException("receipt line " + line + ": index has a leading zero");
    }
    try {
      return Long.parseUnsignedLong(digits);
    } catch (NumberFormatException e) {
      throw new MalformedInputException("receipt line " + line + ": index exceeds 2^64-1", e);
    }
  }

  private static java.util.Optional<byte[]> decodeCanonical(String text) {
    if (text.length() % 4 != 0) {
      return java.util.Optional.empty();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      return Base64.getEncoder().encodeToString(bytes).equals(text)
          ? java.util.Optional.of(bytes)
          : java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private record LineProblem(int line, String reason)
      implements java.util.function.Supplier<MalformedInputException> {
    @Override
    public MalformedInputException get() {
      return new MalformedInputException("receipt line " + line + ": " + reason);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Receipt r
        && Arrays.equals(extra, r.extra)
        && index == r.index
        && proof.equals(r.proof)
        && checkpoint.equals(r.checkpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(extra), index, proof, checkpoint);
  }

  @Override
  public String toString() {
    return "Receipt[index " + Long.toUnsignedString(index) + " in "
        + checkpoint.checkpoint().origin() + " size " + checkpoint.checkpoint().sizeString() + "]";
  }
}
