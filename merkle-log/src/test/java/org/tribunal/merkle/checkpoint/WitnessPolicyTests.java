package org.tribunal.merkle.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;
import org.tribunal.merkle.note.SignedNote;

class WitnessPolicyTests {

  static final NoteSigner LOG = NoteSigner.generate("tribunal.example/log");
  static final NoteSigner W1 = NoteSigner.generate("w1.example", SignatureType.COSIGNATURE_V1);
  static final NoteSigner W2 = NoteSigner.generate("w2.example", SignatureType.COSIGNATURE_V1);
  static final NoteSigner W3 = NoteSigner.generate("w3.example", SignatureType.COSIGNATURE_V1);
  static final SignedCheckpoint SIGNED = SignedCheckpoint.sign(
      Checkpoint.of("tribunal.example/log", 42, Hash.of(new byte[32])), LOG);
  static final WitnessPolicy TWO_OF_THREE =
      WitnessPolicy.of(List.of(W1.verifier(), W2.verifier(), W3.verifier()), 2);

  @Test
  void isWitnessedWhenTheThresholdIsMet() throws Exception {
    SignedCheckpoint cosigned = SIGNED.cosign(W1, 1_700_000_000L).cosign(W3, 1_700_000_001L);

    Witnessing outcome = TWO_OF_THREE.require(cosigned);

    assertThat(outcome.witnessed()).isTrue();
    assertThat(outcome.cosigners()).containsExactly("w1.example", "w3.example");
    assertThat(cosigned.verify(LOG.verifier()).size()).isEqualTo(42);
  }

  @Test
  void isNotWitnessedBelowTheThresholdAndSaysWhy() {
    SignedCheckpoint cosigned = SIGNED.cosign(W2, 1_700_000_000L);

    Witnessing outcome = TWO_OF_THREE.evaluate(cosigned);

    assertThat(outcome.witnessed()).isFalse();
    assertThat(outcome.reason()).isEqualTo(
        "not witnessed: 1 of 3 witnesses cosigned [w2.example], 2 required");
    assertThatThrownBy(() -> TWO_OF_THREE.require(cosigned))
        .isInstanceOf(VerificationException.class)
        .hasMessage(outcome.reason());
  }

  @Test
  void countsAWitnessOnceAndIgnoresUnknownCosigners() {
    NoteSigner stranger = NoteSigner.generate("stranger.example", SignatureType.COSIGNATURE_V1);
    SignedCheckpoint cosigned = SIGNED.cosign(W1, 1).cosign(W1, 2).cosign(stranger, 3);

    Witnessing outcome = TWO_OF_THREE.evaluate(cosigned);

    assertThat(outcome.cosigners()).containsExactly("w1.example");
    assertThat(outcome.witnessed()).isFalse();
  }

  @Test
  void aBadCosignatureByAPolicyWitnessMeansNotWitnessed() {
    NoteSignature good = W1.cosign(SIGNED.note().text(), 5);
    byte[] bytes = good.signature();
    bytes[3] ^= 1; // change the timestamp, so the signature no longer matches
    SignedCheckpoint tampered = new SignedCheckpoint(SIGNED.checkpoint(),
        SIGNED.note().withSignature(new NoteSignature(good.name(), good.keyId(), bytes))).cosign(W2, 5).cosign(W3, 5);

    Witnessing outcome = TWO_OF_THREE.evaluate(tampered);

    assertThat(outcome.witnessed()).isFalse();
    assertThat(outcome.reason()).contains("w1.example").contains("does not verify");
  }

  @Test
  void aCosignatureDoesNotVerifyForAnotherCheckpoint() {
    SignedCheckpoint other = SignedCheckpoint.sign(
        Checkpoint.of("tribunal.example/log", 43, Hash.of(new byte[32])), LOG);
    NoteSignature moved = W1.cosign(other.note().text(), 5);
    SignedCheckpoint forged = new SignedCheckpoint(SIGNED.checkpoint(), SIGNED.note().withSignature(moved));

    assertThat(WitnessPolicy.of(List.of(W1.verifier()), 1).evaluate(forged).witnessed()).isFalse();
  }

  @Test
  void rejectsImpossibleThresholds() {
    assertThatThrownBy(() -> WitnessPolicy.of(List.of(W1.verifier()), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WitnessPolicy.of(List.of(W1.verifier()), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(WitnessPolicy.none().evaluate(SIGNED).witnessed()).isTrue();
  }

  @Test
  void aPlainNoteKeyCannotCosignAndACosignerCannotSignNotes() {
    assertThatThrownBy(() -> LOG.cosign("x\n", 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SignedNote.sign("x\n", W1)).isInstanceOf(IllegalStateException.class);
  }
}
