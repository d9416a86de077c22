package org.tribunal.merkle.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.note.SignatureType;

/** The checkpoint and cosignature vectors of tlog.md §9, produced by an independent Python script. */
class CheckpointVectorTests {

  static final String LOG_SEED = "0f79f3ddcd4d95ea8cc615e05761befd1bc4b05247bcfcac8e8c4757760e9f73";
  static final String LOG_SKEY =
      "PRIVATE+KEY+example.com/log+6f819a93+AQ95893NTZXqjMYV4Fdhvv0bxLBSR7z8rI6MR1d2Dp9z";
  static final String LOG_VKEY = "example.com/log+6f819a93+ASnVfaCp5g5xM2dekO+qLaxG/9GUcQzocNaa0HedXB6/";
  static final String WITNESS_VKEY =
      "witness.example.com/w1+e86f7461+BAemx4dUgMsvlqoNlzegdjMs4PyGC8zXb7PndI6ZbfIj";
  static final String ROOT_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
  static final String COSIGNED = "example.com/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n"
      + "\u2014 example.com/log b4GakzEYS6zZdWYqAVaY4QagmX08wvxZ37q5rIgIcQDyC7FOroWHEPKVUjNMeOl7ncfxT9b95acsFcNm7pIqdhWD/wg=\n"
      + "\u2014 witness.example.com/w1 6G90YQAAAABlU/EA90BO7P+f0j4fhhilXUFhZ+7A8EXbgkZ8UAZQlKkI4egBfq2AVUiGCLN2cGujwwkGr/ZGtDrfElvQR/m+lYlfAA==\n";

  @Test
  void logKeyFromSeedMatchesTheVectorKeyStrings() {
    NoteSigner log = NoteSigner.of("example.com/log", SignatureType.ED25519, HexFormat.of().parseHex(LOG_SEED));

    assertThat(log.signerKey()).isEqualTo(LOG_SKEY);
    assertThat(log.verifier().verifierKey()).isEqualTo(LOG_VKEY);
  }

  @Test
  void parsesTheCosignedCheckpoint() throws Exception {
    SignedCheckpoint signed = SignedCheckpoint.parse(COSIGNED);

    assertThat(signed.checkpoint()).isEqualTo(Checkpoint.of("example.com/log", 8, Hash.ofHex(ROOT_8)));
    assertThat(signed.format()).isEqualTo(COSIGNED);
  }

  @Test
  void signsTheVectorCheckpointByteForByte() throws Exception {
    NoteSigner log = NoteSigner.parse(LOG_SKEY);
    SignedCheckpoint signed = SignedCheckpoint.sign(Checkpoint.of("example.com/log", 8, Hash.ofHex(ROOT_8)), log);

    assertThat(COSIGNED).startsWith(signed.format());
  }

  @Test
  void verifiesLogSignatureAndWitnessCosignature() throws Exception {
    SignedCheckpoint signed = SignedCheckpoint.parse(COSIGNED);
    NoteVerifier log = NoteVerifier.parse(LOG_VKEY);
    NoteVerifier witness = NoteVerifier.parse(WITNESS_VKEY);

    assertThat(signed.verify(log).size()).isEqualTo(8);
    List<Cosignature> cosignatures = signed.cosignatures(List.of(witness));
    assertThat(cosignatures).singleElement().satisfies(c -> {
      assertThat(c.witness()).isEqualTo("witness.example.com/w1");
      assertThat(c.timestamp()).isEqualTo(1_700_000_000L);
      assertThat(c.keyId()).isEqualTo(0xe86f7461);
    });
    assertThat(new String(Cosignature.signedMessage(1_700_000_000L, signed.note().text()),
            java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("cosignature/v1\ntime 1700000000\nexample.com/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    assertThat(WitnessPolicy.of(List.of(witness), 1).evaluate(signed).witnessed()).isTrue();
  }

  @Test
  void rejectsAnOriginThatIsNotTheKeyName() throws Exception {
    NoteSigner log = NoteSigner.parse(LOG_SKEY);
    SignedCheckpoint signed = SignedCheckpoint.sign(Checkpoint.of("example.com/other", 8, Hash.ofHex(ROOT_8)), log);

    assertThatThrownBy(() -> signed.verify(log.verifier()))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("example.com/other");
    assertThat(signed.verify(log.verifier(), "example.com/other").origin()).isEqualTo("example.com/other");
  }

  @Test
  void rejectsACheckpointWhoseRootWasChanged() throws Exception {
    NoteVerifier log = NoteVerifier.parse(LOG_VKEY);
    String forged = COSIGNED.replace("XcnaeacG", "XcnaeacH");
    SignedCheckpoint signed = SignedCheckpoint.parse(forged);

    assertThatThrownBy(() -> signed.verify(log)).isInstanceOf(VerificationException.class);
    assertThat(WitnessPolicy.of(List.of(NoteVerifier.parse(WITNESS_VKEY)), 1).evaluate(signed).reason())
        .contains("does not verify");
  }
}
