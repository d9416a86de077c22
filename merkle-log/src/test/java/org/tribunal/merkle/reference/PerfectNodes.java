package org.tribunal.merkle.reference;

import java.util.ArrayList;
import java.util.List;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.tree.NodeHashSource;
import org.tribunal.merkle.tree.NodeId;

/** Every perfect subtree hash of a tree, computed level by level, as an in-memory node source. */
public final class PerfectNodes implements NodeHashSource {

  private final List<List<Hash>> levels = new ArrayList<>();

  public PerfectNodes(List<Hash> leafHashes) {
    List<Hash> level = List.copyOf(leafHashes);
    while (!level.isEmpty()) {
      levels.add(level);
      List<Hash> up = new ArrayList<>(level.size() / 2);
      for (int i = 0; i + 1 < level.size(); i += 2) {
        up.add(Rfc6962.nodeHash(level.get(i), level.get(i + 1)));
      }
      level = up;
    }
  }

  /** Leaf hashes of {@code count} entries "entry-0", "entry-1", ... */
  public static List<Hash> leafHashes(int count) {
    List<Hash> hashes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      hashes.add(Rfc6962.leafHash(("entry-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return hashes;
  }

  @Override
  public Hash hash(NodeId id) {
    if (id.level() >= levels.size() || id.index() >= levels.get(id.level()).size()) {
      throw new IllegalArgumentException("node " + id + " is not in the tree");
    }
    return levels.get(id.level()).get((int) id.index());
  }
}
