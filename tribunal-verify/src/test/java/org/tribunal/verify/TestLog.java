package org.tribunal.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.merkle.proof.InclusionProof;
import org.tribunal.merkle.receipt.Receipt;
import org.tribunal.merkle.tree.NodeHashSource;
import org.tribunal.merkle.tree.NodeId;

/** A small in-memory log for the command tests: entries, checkpoints, receipts and proofs. */
final class TestLog {

  final NoteSigner key = NoteSigner.generate("tribunal.example/log");
  final List<byte[]> entries = new ArrayList<>();

  TestLog(int size) {
    for (int i = 0; i < size; i++) {
      entries.add(("decision " + i).getBytes(StandardCharsets.UTF_8));
    }
  }

  Hash root(long size) {
    return size == 0 ? Rfc6962.emptyRoot() : range(0, size);
  }

  SignedCheckpoint checkpoint(long size) {
    return SignedCheckpoint.sign(Checkpoint.of(key.name(), size, root(size)), key);
  }

  Receipt receipt(long index, long size) throws Exception {
    InclusionProof proof = InclusionProof.generate(index, size, source());
    return new Receipt(entries.get((int) index), index, proof.hashes(), checkpoint(size));
  }

  List<Hash> consistency(long oldSize, long newSize) throws Exception {
    return ConsistencyProof.generate(oldSize, newSize, source()).hashes();
  }

  private NodeHashSource source() {
    return (NodeId id) -> range(id.index() << id.level(), (id.index() + 1) << id.level());
  }

  private Hash range(long begin, long end) {
    if (end - begin == 1) {
      return Rfc6962.leafHash(entries.get((int) begin));
    }
    long k = Long.highestOneBit(end - begin - 1);
    return Rfc6962.nodeHash(range(begin, begin + k), range(begin + k, end));
  }
}
