package org.tribunal.merkle.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.note.SignatureType;
import org.tribunal.merkle.note.SignedNote;

/**
 * A checkpoint with the signed note that carries it: the log's signature and any witness
 * cosignatures. This is what {@code <prefix>/checkpoint} serves and what a receipt embeds.
 *
 * <p>Holding a {@code SignedCheckpoint} proves nothing: call {@link #verify(NoteVerifier)} (and
 * {@link WitnessPolicy#require(SignedCheckpoint)}) before trusting its size or root. Immutable and
 * thread-safe.
 *
 * @param checkpoint the parsed note text
 * @param note the signed note whose text is {@code checkpoint.format()}
 */
public record SignedCheckpoint(Checkpoint checkpoint, SignedNote note) {

  /**
   * Checks that the note carries the checkpoint.
   *
   * @throws IllegalArgumentException if the note text is not the checkpoint's text
   */
  public SignedCheckpoint {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(note, "note");
    if (!note.text().equals(checkpoint.format())) {
      throw new IllegalArgumentException("the note's text is not the checkpoint's text");
    }
  }

  /**
   * Signs a checkpoint with the log's key.
   *
   * @param checkpoint the checkpoint
   * @param log the log's Ed25519 note key; by convention its name is the origin
   * @return the signed checkpoint
   */
  public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner log) {
    return new SignedCheckpoint(checkpoint, SignedNote.sign(checkpoint.format(), log));
  }

  /**
   * Parses a signed checkpoint note.
   *
   * @param note the whole note
   * @return the signed checkpoint, not yet verified
   * @throws MalformedInputException if the note or the checkpoint text is malformed, naming why
   */
  public static SignedCheckpoint parse(String note) throws MalformedInputException {
    SignedNote signed = SignedNote.parse(note);
    return new SignedCheckpoint(Checkpoint.parse(signed.text()), signed);
  }

  /**
   * Parses a signed checkpoint note from UTF-8 bytes.
   *
   * @param note the note bytes
   * @return the signed checkpoint, not yet verified
   * @throws MalformedInputException if the bytes are not UTF-8 or the note is malformed
   */
  public static SignedCheckpoint parse(byte[] note) throws MalformedInputException {
    SignedNote signed = SignedNote.parse(note);
    return new SignedCheckpoint(Checkpoint.parse(signed.text()), signed);
  }

  /**
   * Returns the note text form.
   *
   * @return the checkpoint text, an empty line and the signature lines
   */
  public String format() {
    return note.format();
  }

  /**
   * Returns this checkpoint with a witness cosignature added.
   *
   * @param witness a {@link SignatureType#COSIGNATURE_V1} key
   * @param timestamp POSIX seconds
   * @return the cosigned checkpoint
   */
  public SignedCheckpoint cosign(NoteSigner witness, long timestamp) {
    return new SignedCheckpoint(
        checkpoint, note.withSignature(witness.cosign(note.text(), timestamp)));
  }

  /**
   * Verifies the log's signature, requiring the origin to equal the key name (tlog-checkpoint:
   * the signing key name SHOULD be the origin).
   *
   * @param log the log's verifier key
   * @return the checkpoint, now trusted
   * @throws VerificationException if the origin is not the key name, the log did not sign, or its
   *     signature does not verify
   */
  public Checkpoint verify(NoteVerifier log) throws VerificationException {
    return verify(log, log.name());
  }

  /**
   * Verifies the log's signature and the origin.
   *
   * @param log the log's verifier key
   * @param expectedOrigin the origin the caller expects
   * @return the checkpoint, now trusted
   * @throws VerificationException if the origin differs, the log did not sign, or its signature does
   *     not verify
   */
  public Checkpoint verify(NoteVerifier log, String expectedOrigin) throws VerificationException {
    if (!checkpoint.origin().equals(expectedOrigin)) {
      throw new VerificationException("checkpoint origin is \"" + checkpoint.origin()
          + "\", expected \"" + expectedOrigin + "\"");
    }
    note.verify(log);
    return checkpoint;
  }

  /**
   * Returns the cosignatures made by the given witness keys that verify.
   *
   * @param witnesses witness verifier keys of type {@link SignatureType#COSIGNATURE_V1}
   * @return the verified cosignatures, in line order; empty if none
   * @throws VerificationException if a line by one of these witnesses does not verify
   */
  public List<Cosignature> cosignatures(List<NoteVerifier> witnesses) throws VerificationException {
    List<Cosignature> verified = new ArrayList<>();
    for (NoteSignature line : note.signatures()) {
      for (NoteVerifier witness : witnesses) {
        if (witness.type() == SignatureType.COSIGNATURE_V1 && witness.identifies(line)) {
          if (!witness.verifies(note.text(), line)) {
            throw new VerificationException("cosignature by " + line.name() + " (key ID "
                + line.keyIdHex() + ") does not verify");
          }
          try {
            verified.add(Cosignature.from(line));
          } catch (MalformedInputException e) {
            throw new VerificationException("cosignature by " + line.name() + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return List.copyOf(verified);
  }
}
