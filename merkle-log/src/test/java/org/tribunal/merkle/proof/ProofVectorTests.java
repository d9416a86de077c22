package org.tribunal.merkle.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.reference.PerfectNodes;
import org.tribunal.merkle.reference.TestVectors;

/** The inclusion and consistency proof vectors of tlog.md §9 (upstream happy-path cases). */
class ProofVectorTests {

  private static final PerfectNodes TREE = new PerfectNodes(TestVectors.LEAF_HASHES);

  static Stream<Arguments> inclusionVectors() {
    return Stream.of(
        Arguments.of(0, 1, ""),
        Arguments.of(0, 8, "96a296d2, 5f083f0a, 6b47aaf2"),
        Arguments.of(5, 8, "bc1a0643, ca854ea1, d37ee418"),
        Arguments.of(2, 3, "fac54203"),
        Arguments.of(1, 5, "6e340b9c, 5f083f0a, bc1a0643"),
        Arguments.of(6, 7, "0ebc5d34, d37ee418"),
        Arguments.of(3, 7, "0298d122, fac54203, 837dbb15"));
  }

  static Stream<Arguments> consistencyVectors() {
    return Stream.of(
        Arguments.of(1, 1, ""),
        Arguments.of(1, 8, "96a296d2, 5f083f0a, 6b47aaf2"),
        Arguments.of(6, 8, "0ebc5d34, ca854ea1, d37ee418"),
        Arguments.of(2, 5, "5f083f0a, bc1a0643"),
        Arguments.of(6, 7, "0ebc5d34, b08693ec, d37ee418"),
        Arguments.of(3, 7, "0298d122, 07506a85, fac54203, 837dbb15"),
        Arguments.of(4, 8, "6b47aaf2"),
        Arguments.of(7, 8, "b08693ec, 46f6ffad, 0ebc5d34, d37ee418"));
  }

  @ParameterizedTest(name = "inclusion {0} in {1}: happy-path")
  @MethodSource("inclusionVectors")
  void generatesAndVerifiesTheInclusionVector(int index, int size, String expected)
      throws Exception {
    InclusionProof proof = InclusionProof.generate(index, size, TREE);
    assertThat(proof.hashes()).isEqualTo(TestVectors.byPrefixes(expected));
    Hash leaf = TestVectors.LEAF_HASHES.get(index);
    assertThatCode(() -> proof.verify(leaf, TestVectors.ROOTS.get(size))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "consistency {0} to {1}: happy-path")
  @MethodSource("consistencyVectors")
  void generatesAndVerifiesTheConsistencyVector(int oldSize, int newSize, String expected)
      throws Exception {
    ConsistencyProof proof = ConsistencyProof.generate(oldSize, newSize, TREE);
    assertThat(proof.hashes()).isEqualTo(TestVectors.byPrefixes(expected));
    assertThatCode(() -> proof.verify(TestVectors.ROOTS.get(oldSize), TestVectors.ROOTS.get(newSize)))
        .doesNotThrowAnyException();
  }
}
