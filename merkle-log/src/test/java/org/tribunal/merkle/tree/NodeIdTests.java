package org.tribunal.merkle.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeIdTests {

  @Test
  void knowsItsFamily() {
    NodeId node = new NodeId(2, 5);
    assertThat(node.parent()).isEqualTo(new NodeId(3, 2));
    assertThat(node.sibling()).isEqualTo(new NodeId(2, 4));
    assertThat(node.isRightChild()).isTrue();
    assertThat(node.leftChild()).isEqualTo(new NodeId(1, 10));
    assertThat(node.rightChild()).isEqualTo(new NodeId(1, 11));
    assertThat(node.firstLeaf()).isEqualTo(20);
    assertThat(node.lastLeaf()).isEqualTo(23);
    assertThat(node.leafCount()).isEqualTo(4);
    assertThat(node.covers(23)).isTrue();
    assertThat(node.covers(24)).isFalse();
  }

  @Test
  void coversTheTopOfTheUnsignedRangeWithoutOverflow() {
    NodeId lastLeaf = NodeId.leaf(-1L);
    assertThat(lastLeaf.firstLeaf()).isEqualTo(-1L);
    assertThat(lastLeaf.lastLeaf()).isEqualTo(-1L);
    NodeId upperHalf = new NodeId(63, 1);
    assertThat(Long.toUnsignedString(upperHalf.firstLeaf())).isEqualTo("9223372036854775808");
    assertThat(Long.toUnsignedString(upperHalf.lastLeaf())).isEqualTo("18446744073709551615");
    assertThat(Long.toUnsignedString(upperHalf.leafCount())).isEqualTo("9223372036854775808");
    assertThat(upperHalf.covers(-1L)).isTrue();
    assertThat(upperHalf.covers(Long.MAX_VALUE)).isFalse();
    assertThat(NodeId.leaf(-1L).parent()).isEqualTo(new NodeId(1, Long.MAX_VALUE));
  }

  @Test
  void rejectsNodesOutsideTheLeafRange() {
    assertThatThrownBy(() -> new NodeId(64, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeId(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeId(63, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2")
        .hasMessageContaining("63");
    assertThatThrownBy(() -> new NodeId(1, -1L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeId(63, 0).parent()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> NodeId.leaf(3).leftChild()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void printsTheIndexUnsigned() {
    assertThat(NodeId.leaf(-1L)).hasToString("(0, 18446744073709551615)");
  }
}
