package org.tribunal.merkle.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteVerifier;

/**
 * A k-of-n witness policy: a checkpoint is witnessed when at least {@code threshold} of the given
 * witness keys cosigned it (c2sp.org/tlog-policy's {@code group <name> <k> <members…>}, flat).
 *
 * <p>Witness keys are normally of type {@code cosignature/v1} ({@code 0x04}); plain Ed25519 note
 * keys are accepted too, for witnesses that sign the checkpoint note directly. A witness counts once,
 * however many lines it added. A line by a policy witness that does not verify makes the checkpoint
 * not witnessed: a known key's bad signature is evidence of tampering, not noise (signed-note's rule
 * for known keys). Lines by other keys are ignored. This policy does not check the log's own
 * signature: do that with {@link SignedCheckpoint#verify(NoteVerifier)} first.
 *
 * <p>Immutable and thread-safe.
 */
public final class WitnessPolicy {

  private final List<NoteVerifier> witnesses;
  private final int threshold;

  private WitnessPolicy(List<NoteVerifier> witnesses, int threshold) {
    this.witnesses = witnesses;
    this.threshold = threshold;
  }

  /**
   * Creates a policy requiring {@code threshold} of the given witnesses.
   *
   * @param witnesses the witness verifier keys; duplicates count once
   * @param threshold how many must cosign, from 0 (no witnessing required) to the number of
   *     distinct witnesses
   * @return the policy
   * @throws IllegalArgumentException if the threshold is negative or larger than the number of
   *     witnesses, or two witnesses share a name and key ID
   */
  public static WitnessPolicy of(List<NoteVerifier> witnesses, int threshold) {
    List<NoteVerifier> distinct = List.copyOf(new LinkedHashSet<>(witnesses));
    if (threshold < 0 || threshold > distinct.size()) {
      throw new IllegalArgumentException("threshold must be between 0 and " + distinct.size()
          + ", got " + threshold);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (NoteVerifier witness : distinct) {
      if (!ids.add(witness.name() + "+" + witness.keyId())) {
        throw new IllegalArgumentException("two witnesses share the name and key ID of " + witness.name());
      }
    }
    return new WitnessPolicy(distinct, threshold);
  }

  /**
   * Returns a policy that requires no witness.
   *
   * @return the 0-of-0 policy
   */
  public static WitnessPolicy none() {
    return new WitnessPolicy(List.of(), 0);
  }

  /**
   * Returns the witness keys.
   *
   * @return the distinct witnesses
   */
  public List<NoteVerifier> witnesses() {
    return witnesses;
  }

  /**
   * Returns how many witnesses must cosign.
   *
   * @return k
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Says whether the checkpoint is witnessed, and why.
   *
   * @param checkpoint a signed checkpoint (its log signature is not checked here)
   * @return the outcome, never null
   */
  public Witnessing evaluate(SignedCheckpoint checkpoint) {
    String text = checkpoint.note().text();
    List<String> cosigners = new ArrayList<>();
    for (NoteVerifier witness : witnesses) {
      boolean cosigned = false;
      for (NoteSignature line : checkpoint.note().signatures()) {
        if (witness.identifies(line)) {
          if (!witness.verifies(text, line)) {
            return new Witnessing(false, threshold, cosigners, "cosignature by witness "
                + witness.name() + " (key ID " + line.keyIdHex() + ") does not verify");
          }
          cosigned = true;
        }
      }
      if (cosigned) {
        cosigners.add(witness.name());
      }
    }
    boolean witnessed = cosigners.size() >= threshold;
    String reason = (witnessed ? "witnessed: " : "not witnessed: ")
        + cosigners.size() + " of " + witnesses.size() + " witnesses cosigned "
        + cosigners + ", " + threshold + " required";
    return new Witnessing(witnessed, threshold, cosigners, reason);
  }

  /**
   * Requires the checkpoint to be witnessed.
   *
   * @param checkpoint a signed checkpoint
   * @return the outcome, which is witnessed
   * @throws VerificationException with the reason, if it is not witnessed
   */
  public Witnessing require(SignedCheckpoint checkpoint) throws VerificationException {
    Witnessing outcome = evaluate(checkpoint);
    if (!outcome.witnessed()) {
      throw new VerificationException(outcome.reason());
    }
    return outcome;
  }

  @Override
  public String toString() {
    return "WitnessPolicy[" + threshold + " of " + witnesses.stream().map(NoteVerifier::name).toList() + "]";
  }
}
