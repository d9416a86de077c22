package org.tribunal.record.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.tree.NodeId;

class WitnessTests {

  final NoteSigner logKey = NoteSigner.generate("log.example");
  final NoteSigner witnessKey = NoteSigner.generate("witness.example", SignatureType.COSIGNATURE_V1);
  final Witness witness = new Witness(witnessKey, List.of(logKey.verifier()), Witness.inMemory(),
      Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC));
  final List<Hash> leaves = new ArrayList<>();

  Hash root(long size) {
    return size == 0 ? Rfc6962.emptyRoot() : node(0, size);
  }

  Hash node(long from, long to) {
    if (to - from == 1) {
      return leaves.get((int) from);
    }
    long k = Long.highestOneBit(to - from - 1);
    return Rfc6962.nodeHash(node(from, from + k), node(from + k, to));
  }

  SignedCheckpoint checkpoint(long size, NoteSigner signer) {
    while (leaves.size() < size) {
      leaves.add(Rfc6962.leafHash(("e" + leaves.size()).getBytes(StandardCharsets.UTF_8)));
    }
    return SignedCheckpoint.sign(Checkpoint.of("log.example", size, root(size)), signer);
  }

  List<Hash> proof(long from, long to) throws IOException {
    return ConsistencyProof.generate(from, to, (NodeId id) -> node(id.firstLeaf(), id.lastLeaf() + 1)).hashes();
  }

  Witness.Answer add(long old, List<Hash> proof, SignedCheckpoint checkpoint) {
    StringBuilder body = new StringBuilder("old " + old + "\n");
    proof.forEach(h -> body.append(h.toBase64()).append('\n'));
    body.append('\n').append(checkpoint.format());
    return witness.addCheckpoint(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void cosignsAConsistentCheckpointWithAVerifiableCosignature() throws Exception {
    SignedCheckpoint first = checkpoint(5, logKey);
    Witness.Answer answer = add(0, List.of(), first);
    assertThat(answer.status()).isEqualTo(200);
    NoteSignature line = NoteSignature.parseLine(answer.body().strip());
    assertThat(witnessKey.verifier().verifies(first.note().text(), line)).isTrue();

    SignedCheckpoint second = checkpoint(13, logKey);
    assertThat(add(5, proof(5, 13), second).status()).isEqualTo(200);
  }

  @Test
  void answersConflictWithItsLatestSizeWhenTheLogGuessesWrong() throws Exception {
    assertThat(add(0, List.of(), checkpoint(5, logKey)).status()).isEqualTo(200);
    Witness.Answer answer = add(0, List.of(), checkpoint(9, logKey));
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.contentType()).isEqualTo("text/x.tlog.size");
    assertThat(answer.body()).isEqualTo("5\n");
  }

  @Test
  void refusesAnInconsistentTree() throws Exception {
    assertThat(add(0, List.of(), checkpoint(5, logKey)).status()).isEqualTo(200);
    SignedCheckpoint honest = checkpoint(9, logKey);
    List<Hash> proof = proof(5, 9);
    leaves.set(2, Rfc6962.leafHash(new byte[] {1})); // history rewritten
    SignedCheckpoint forked = SignedCheckpoint.sign(Checkpoint.of("log.example", 9, root(9)), logKey);
    assertThat(add(5, proof, forked).status()).isEqualTo(422);
    assertThat(honest.checkpoint().root()).isNotEqualTo(forked.checkpoint().root());
  }

  @Test
  void refusesCheckpointsItCannotTrust() throws Exception {
    NoteSigner impostor = NoteSigner.generate("log.example");
    assertThat(add(0, List.of(), checkpoint(3, impostor)).status()).isEqualTo(403);
    NoteSigner other = NoteSigner.generate("other.example");
    SignedCheckpoint unknown = SignedCheckpoint.sign(Checkpoint.of("other.example", 1, Rfc6962.leafHash(new byte[0])), other);
    assertThat(add(0, List.of(), unknown).status()).isEqualTo(404);
    assertThat(add(7, List.of(), checkpoint(3, logKey)).status()).isEqualTo(400);
    assertThat(witness.addCheckpoint("garbage".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
  }

  @Test
  void refusesAProofFromSizeZero() throws Exception {
    SignedCheckpoint cp = checkpoint(4, logKey);
    assertThat(add(0, List.of(root(4)), cp).status()).isEqualTo(422);
  }
}
