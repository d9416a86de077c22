package org.tribunal.merkle.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.tree.NodeId;

/** Index maths at the ends of the unsigned 64-bit range, where no tree can be built in memory. */
class ProofNodesTests {

  private static final long TWO_TO_63 = Long.MIN_VALUE;
  private static final long MAX_UNSIGNED = -1L;

  @Test
  void inclusionNearTheUnsignedLimit() {
    ProofNodes nodes = ProofNodes.inclusion(MAX_UNSIGNED - 1, MAX_UNSIGNED);
    // size 2^64-1 = 63 perfect subtrees; the last leaf's path climbs through all of them
    assertThat(nodes.proofLength()).isEqualTo(63);
    assertWithinTree(nodes.ids(), MAX_UNSIGNED);
    assertThat(nodes.ids().get(nodes.ids().size() - 1)).isEqualTo(new NodeId(63, 0));

    ProofNodes first = ProofNodes.inclusion(0, MAX_UNSIGNED);
    assertThat(first.ids().get(0)).isEqualTo(NodeId.leaf(1));
    assertThat(first.ephemeral()).contains(new NodeId(63, 1));
    assertThat(first.proofLength()).isEqualTo(64);
    assertWithinTree(first.ids(), MAX_UNSIGNED);
  }

  @Test
  void inclusionAround2To63() {
    for (long size : new long[] {TWO_TO_63 - 1, TWO_TO_63, TWO_TO_63 + 1}) {
      for (long index : new long[] {0, 1, TWO_TO_63 - 2, size - 1}) {
        ProofNodes nodes = ProofNodes.inclusion(index, size);
        assertWithinTree(nodes.ids(), size);
        assertThat(nodes.proofLength())
            .as("index %s size %s", Long.toUnsignedString(index), Long.toUnsignedString(size))
            .isEqualTo(expectedInclusionLength(index, size));
      }
    }
    assertThat(ProofNodes.inclusion(TWO_TO_63, TWO_TO_63 + 1).ids())
        .containsExactly(new NodeId(63, 0));
  }

  @Test
  void consistencyNearTheUnsignedLimit() {
    ProofNodes nodes = ProofNodes.consistency(TWO_TO_63, MAX_UNSIGNED);
    assertWithinTree(nodes.ids(), MAX_UNSIGNED);
    assertThat(nodes.proofLength()).isEqualTo(1); // the right half, folded into one hash
    assertThat(nodes.ephemeral()).contains(new NodeId(63, 1));
    assertThat(ProofNodes.consistency(MAX_UNSIGNED - 1, MAX_UNSIGNED).proofLength())
        .isEqualTo(63 + 1);
    assertThat(ProofNodes.consistency(0, MAX_UNSIGNED).ids()).isEmpty();
    assertThat(ProofNodes.consistency(MAX_UNSIGNED, MAX_UNSIGNED).ids()).isEmpty();
  }

  @Property(tries = 300)
  void proofNodesStayInsideAnyUnsignedTree(@ForAll long a, @ForAll long b) {
    long size = Long.compareUnsigned(a, b) >= 0 ? a : b;
    long other = size == a ? b : a;
    if (size == 0) {
      return;
    }
    ProofNodes inclusion = ProofNodes.inclusion(other == size ? size - 1 : other, size);
    assertWithinTree(inclusion.ids(), size);
    assertThat(inclusion.proofLength()).isLessThanOrEqualTo(64);
    assertThat(Set.copyOf(inclusion.ids())).hasSameSizeAs(inclusion.ids());
    ProofNodes consistency = ProofNodes.consistency(other, size);
    assertWithinTree(consistency.ids(), size);
    assertThat(consistency.proofLength()).isLessThanOrEqualTo(65);
  }

  @Test
  void rejectsImpossibleRequests() {
    assertThatThrownBy(() -> ProofNodes.inclusion(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index 0 is not below tree size 0");
    assertThatThrownBy(() -> ProofNodes.inclusion(MAX_UNSIGNED, MAX_UNSIGNED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18446744073709551615");
    assertThatThrownBy(() -> ProofNodes.consistency(MAX_UNSIGNED, TWO_TO_63))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18446744073709551615");
  }

  @Test
  void rehashFoldsTheEphemeralNodes() {
    ProofNodes nodes = ProofNodes.inclusion(0, 7);
    // (0,1), (1,1), then the right border [4,7) as (0,6), (1,2) folded into ephemeral (2,1)
    assertThat(nodes.ids())
        .containsExactly(NodeId.leaf(1), new NodeId(1, 1), NodeId.leaf(6), new NodeId(1, 2));
    assertThat(nodes.ephemeral()).contains(new NodeId(2, 1));
    assertThat(nodes.proofLength()).isEqualTo(3);
    assertThatThrownBy(() -> nodes.rehash(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("got 0 hashes for 4 proof nodes");
  }

  private static void assertWithinTree(List<NodeId> ids, long size) {
    Set<NodeId> seen = new HashSet<>();
    for (NodeId id : ids) {
      assertThat(Long.compareUnsigned(id.lastLeaf(), size))
          .as("node %s inside size %s", id, Long.toUnsignedString(size))
          .isLessThan(0);
      assertThat(seen.add(id)).as("duplicate %s", id).isTrue();
    }
  }

  private static int expectedInclusionLength(long index, long size) {
    int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
    return inner + (inner == 64 ? 0 : Long.bitCount(index >>> inner));
  }
}
