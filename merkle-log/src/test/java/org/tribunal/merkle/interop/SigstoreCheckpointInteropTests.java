package org.tribunal.merkle.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sigstore.encryption.Keys;
import dev.sigstore.encryption.signers.Verifiers;
import dev.sigstore.rekor.client.Checkpoints;
import dev.sigstore.rekor.client.RekorEntry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSigner;

/**
 * A checkpoint signed here is read by sigstore-java's checkpoint parser, and its signature verifies
 * with sigstore-java's Ed25519 verifier: an independent implementation of the same formats.
 */
class SigstoreCheckpointInteropTests {

  @Test
  void sigstoreJavaParsesAndVerifiesOurSignedCheckpoint() throws Exception {
    NoteSigner log = NoteSigner.generate("tribunal.example/log");
    Hash root = Hash.ofHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    SignedCheckpoint signed = SignedCheckpoint.sign(Checkpoint.of(log.name(), 8, root), log);

    RekorEntry.Checkpoint theirs = Checkpoints.from(signed.format());

    assertThat(theirs.getOrigin()).isEqualTo("tribunal.example/log");
    assertThat(theirs.getSize()).isEqualTo(8L);
    assertThat(theirs.getBase64Hash()).isEqualTo(root.toBase64());
    assertThat(theirs.getSignatures()).singleElement().satisfies(sig -> {
      assertThat(sig.getIdentity()).isEqualTo(log.name());
      assertThat(ByteBuffer.wrap(sig.getKeyHint()).getInt()).isEqualTo(log.keyId());
    });
    byte[] signature = theirs.getSignatures().get(0).getSignature();
    // SubjectPublicKeyInfo for Ed25519 (RFC 8410): fixed header, then the raw key.
    byte[] spki = java.util.HexFormat.of().parseHex("302a300506032b6570032100");
    byte[] der = java.util.Arrays.copyOf(spki, spki.length + 32);
    System.arraycopy(log.verifier().publicKey(), 0, der, spki.length, 32);
    var verifier = Verifiers.newVerifier(Keys.parseEd25519(der));
    byte[] message = signed.note().text().getBytes(StandardCharsets.UTF_8);
    assertThat(verifier.verify(message, signature)).isTrue();
    message[0] ^= 1;
    assertThat(verifier.verify(message, signature)).isFalse();
  }
}
