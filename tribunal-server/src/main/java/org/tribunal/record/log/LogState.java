package org.tribunal.record.log;

import java.util.ArrayList;
import java.util.List;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.tree.CompactRange;

/**
 * The tree as the sequencer needs it to append: its head and its right edge (the compact range of
 * all leaves), which is enough to add leaves without reading any tile.
 */
record LogState(TreeHead head, List<Hash> edge) {

  LogState {
    edge = List.copyOf(edge);
  }

  static LogState of(long size, Hash root, byte[] edge) {
    if (edge.length % Hash.SIZE != 0) {
      throw new IllegalStateException("stored right edge is " + edge.length + " bytes, not whole hashes");
    }
    List<Hash> hashes = new ArrayList<>(edge.length / Hash.SIZE);
    for (int at = 0; at < edge.length; at += Hash.SIZE) {
      hashes.add(Hash.of(edge, at));
    }
    return new LogState(new TreeHead(size, root), hashes);
  }

  long size() {
    return head.size();
  }

  CompactRange range() {
    return CompactRange.of(0, head.size(), edge);
  }

  byte[] edgeBytes() {
    byte[] bytes = new byte[edge.size() * Hash.SIZE];
    for (int i = 0; i < edge.size(); i++) {
      edge.get(i).copyTo(bytes, i * Hash.SIZE);
    }
    return bytes;
  }
}
