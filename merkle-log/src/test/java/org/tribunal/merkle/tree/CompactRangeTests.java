package org.tribunal.merkle.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.reference.PerfectNodes;
import org.tribunal.merkle.reference.ReferenceTree;
import org.tribunal.merkle.reference.TestVectors;

class CompactRangeTests {

  private static final List<Hash> LEAVES = PerfectNodes.leafHashes(2048);
  private static final ReferenceTree REFERENCE = new ReferenceTree(LEAVES);
  private static final PerfectNodes NODES = new PerfectNodes(LEAVES);

  static IntStream sizes() {
    return IntStream.rangeClosed(0, 8);
  }

  @ParameterizedTest(name = "root of size {0}")
  @MethodSource("sizes")
  void computesTheRootsOfTheTestVectors(int size) {
    CompactRange range = CompactRange.empty(0);
    for (int i = 0; i < size; i++) {
      range.append(TestVectors.LEAF_HASHES.get(i), NodeVisitor.NONE);
    }
    assertThat(range.root()).isEqualTo(TestVectors.ROOTS.get(size));
    assertThat(range.hashes()).hasSize(Integer.bitCount(size));
  }

  @Property(tries = 60)
  void rootEqualsTheReferenceTree(@ForAll @IntRange(min = 0, max = 2048) int size) {
    CompactRange range = CompactRange.empty(0);
    LEAVES.subList(0, size).forEach(h -> range.append(h, NodeVisitor.NONE));
    assertThat(range.root()).isEqualTo(REFERENCE.root(size));
    assertThat(range.end()).isEqualTo(size);
  }

  @Property(tries = 60)
  void mergingAdjacentRangesEqualsAppending(
      @ForAll @IntRange(min = 0, max = 700) int a,
      @ForAll @IntRange(min = 0, max = 700) int b,
      @ForAll @IntRange(min = 0, max = 700) int c) throws Exception {
    int[] cut = IntStream.of(a, b, c).sorted().toArray();
    CompactRange left = CompactRange.empty(0);
    LEAVES.subList(0, cut[0]).forEach(h -> left.append(h, NodeVisitor.NONE));
    CompactRange middle = CompactRange.empty(cut[0]);
    LEAVES.subList(cut[0], cut[1]).forEach(h -> middle.append(h, NodeVisitor.NONE));
    CompactRange right = CompactRange.empty(cut[1]);
    LEAVES.subList(cut[1], cut[2]).forEach(h -> right.append(h, NodeVisitor.NONE));

    Map<NodeId, Hash> visited = new HashMap<>();
    middle.merge(right, visited::put);
    left.merge(middle, visited::put);

    assertThat(left.root()).isEqualTo(REFERENCE.root(cut[2]));
    assertThat(left.hashes()).isEqualTo(CompactRange.fromSource(0, cut[2], NODES::hash).hashes());
    visited.forEach((id, hash) -> assertThat(hash).as("node %s", id).isEqualTo(NODES.hash(id)));
  }

  @Property(tries = 25)
  void visitsEveryNodeItCompletesWithItsTrueHash(@ForAll @IntRange(min = 1, max = 600) int size) {
    Map<NodeId, Hash> visited = new HashMap<>();
    CompactRange range = CompactRange.empty(0);
    LEAVES.subList(0, size).forEach(h -> range.append(h, visited::put));
    int perfectNodes = 0;
    for (int level = 0; (size >>> level) > 0; level++) {
      perfectNodes += size >>> level;
    }
    assertThat(visited).hasSize(perfectNodes);
    visited.forEach((id, hash) -> assertThat(hash).isEqualTo(NODES.hash(id)));
  }

  @Test
  void reportsEphemeralNodesOfTheRightBorder() throws Exception {
    CompactRange range = CompactRange.fromSource(0, 7, NODES::hash);
    List<NodeId> ephemeral = new ArrayList<>();
    Hash root = range.root((id, hash) -> ephemeral.add(id));
    assertThat(root).isEqualTo(REFERENCE.root(7));
    assertThat(ephemeral).containsExactly(new NodeId(2, 1), new NodeId(3, 0));
  }

  @Property(tries = 200)
  void decomposesAnyUnsignedRangeIntoAdjacentPerfectNodes(
      @ForAll long begin, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long length) {
    long end = begin + length;
    if (Long.compareUnsigned(end, begin) < 0) {
      end = -1L;
    }
    List<NodeId> nodes = CompactRange.nodes(begin, end);
    long position = begin;
    int previousLevel = -1;
    boolean descending = false;
    for (NodeId node : nodes) {
      assertThat(node.firstLeaf()).isEqualTo(position);
      position = node.lastLeaf() + 1;
      if (node.level() < previousLevel) {
        descending = true;
      }
      if (descending) {
        assertThat(node.level()).isLessThan(previousLevel);
      }
      previousLevel = node.level();
    }
    assertThat(position).isEqualTo(end);
    assertThat(nodes.size()).isLessThanOrEqualTo(2 * 64);
  }

  @Test
  void growsToTheLargestUnsignedSize() {
    long begin = -1L - 5; // 2^64 - 6
    CompactRange range = CompactRange.empty(begin);
    for (int i = 0; i < 5; i++) {
      range.append(LEAVES.get(i), NodeVisitor.NONE);
    }
    assertThat(range.end()).isEqualTo(-1L);
    assertThat(range.hashes()).hasSize(CompactRange.nodes(begin, -1L).size());
    assertThatThrownBy(() -> range.append(LEAVES.get(5), NodeVisitor.NONE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void holdsTheRightEdgeOfATreeBeyond2To63() {
    long size = Long.MIN_VALUE + 3; // 2^63 + 3
    List<NodeId> nodes = CompactRange.nodes(0, size);
    assertThat(nodes).containsExactly(new NodeId(63, 0), new NodeId(1, Long.MIN_VALUE >>> 1),
        new NodeId(0, Long.MIN_VALUE + 2));
    List<Hash> hashes = List.of(LEAVES.get(0), LEAVES.get(1), LEAVES.get(2));
    CompactRange range = CompactRange.of(0, size, hashes);
    range.append(LEAVES.get(3), NodeVisitor.NONE);
    assertThat(range.hashes())
        .containsExactly(LEAVES.get(0), Rfc6962.nodeHash(LEAVES.get(1),
            Rfc6962.nodeHash(LEAVES.get(2), LEAVES.get(3))));
    assertThat(range.root())
        .isEqualTo(Rfc6962.nodeHash(LEAVES.get(0), range.hashes().get(1)));
  }

  @Test
  void rejectsMisuse() {
    assertThatThrownBy(() -> CompactRange.of(0, 3, List.of(LEAVES.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 2 hashes, got 1");
    assertThatThrownBy(() -> CompactRange.nodes(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompactRange.empty(1).root()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CompactRange.empty(0).merge(CompactRange.empty(1), NodeVisitor.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CompactRange.empty(0).root()).isEqualTo(Rfc6962.emptyRoot());
  }
}
