package org.tribunal.merkle.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.InvalidProofException;
import org.tribunal.merkle.RootMismatchException;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.hash.Rfc6962;
import org.tribunal.merkle.reference.TestVectors;

/** The edge cases of RFC 9162 §2.1.3.2 and §2.1.4.2, with the values named in the failures. */
class ProofVerifierTests {

  private static final List<Hash> LEAF = TestVectors.LEAF_HASHES;
  private static final List<Hash> ROOT = TestVectors.ROOTS;

  @Test
  void rejectsAnIndexAtOrBeyondTheSize() {
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(8, 8, LEAF.get(0), List.of(), ROOT.get(8)))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("index 8 is not below tree size 8");
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(0, 0, LEAF.get(0), List.of(), ROOT.get(0)))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("index 0 is not below tree size 0");
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(-1L, 5, LEAF.get(0), List.of(), ROOT.get(5)))
        .isInstanceOf(InvalidProofException.class)
        .hasMessageContaining("18446744073709551615");
  }

  @Test
  void acceptsASingleLeafTreeOnlyWithAnEmptyProof() {
    assertThatCode(() -> ProofVerifier.verifyInclusion(0, 1, LEAF.get(0), List.of(), ROOT.get(1)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(0, 1, LEAF.get(0), List.of(LEAF.get(1)), ROOT.get(1)))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("inclusion proof for index 0 in tree size 1 has 1 hashes, expected 0");
    assertThatThrownBy(() -> ProofVerifier.verifyInclusion(0, 1, LEAF.get(1), List.of(), ROOT.get(1)))
        .isInstanceOf(RootMismatchException.class);
  }

  @Test
  void namesBothRootsOnMismatch() {
    RootMismatchException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RootMismatchException.class,
            () -> ProofVerifier.verifyInclusion(2, 3, LEAF.get(2), List.of(ROOT.get(2)), ROOT.get(4)));
    assertThat(e.expected()).isEqualTo(ROOT.get(4));
    assertThat(e.calculated()).isEqualTo(ROOT.get(3));
    assertThat(e.getMessage())
        .startsWith("inclusion proof for index 2 in tree size 3")
        .contains(ROOT.get(3).toHex(), ROOT.get(4).toHex());
  }

  @Test
  void rootFromInclusionProofReturnsTheCalculatedRoot() throws Exception {
    assertThat(ProofVerifier.rootFromInclusionProof(2, 3, LEAF.get(2), List.of(ROOT.get(2))))
        .isEqualTo(ROOT.get(3));
  }

  @Test
  void equalSizesNeedAnEmptyProofAndEqualRoots() {
    assertThatCode(() -> ProofVerifier.verifyConsistency(5, 5, ROOT.get(5), ROOT.get(5), List.of()))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(5, 5, ROOT.get(5), ROOT.get(6), List.of()))
        .isInstanceOf(RootMismatchException.class);
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(5, 5, ROOT.get(5), ROOT.get(5), List.of(LEAF.get(0))))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("consistency proof from tree size 5 to 5 must be empty, has 1 hashes");
  }

  @Test
  void theEmptyTreeIsConsistentWithEveryTreeThroughAnEmptyProof() {
    assertThatCode(() -> ProofVerifier.verifyConsistency(0, 8, Rfc6962.emptyRoot(), ROOT.get(8), List.of()))
        .doesNotThrowAnyException();
    assertThatCode(() -> ProofVerifier.verifyConsistency(0, 0, Rfc6962.emptyRoot(), Rfc6962.emptyRoot(), List.of()))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(0, 8, Rfc6962.emptyRoot(), ROOT.get(8), List.of(ROOT.get(8))))
        .isInstanceOf(InvalidProofException.class);
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(0, 8, ROOT.get(1), ROOT.get(8), List.of()))
        .isInstanceOf(RootMismatchException.class);
  }

  @Test
  void rejectsSizesThatGoBackwardsAndEmptyProofs() {
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(8, 7, ROOT.get(8), ROOT.get(7), List.of()))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("consistency proof from tree size 8 to 7: the old size is larger than the new size");
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(4, 8, ROOT.get(4), ROOT.get(8), List.of()))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("consistency proof from tree size 4 to 8 is empty");
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(-1L, 8, ROOT.get(4), ROOT.get(8), List.of()))
        .isInstanceOf(InvalidProofException.class)
        .hasMessageContaining("18446744073709551615");
  }

  @Test
  void rejectsTrailingHashesBeforeHashing() {
    List<Hash> proof = List.of(TestVectors.OTHER_NODES.get(3), LEAF.get(0));
    assertThatThrownBy(() -> ProofVerifier.verifyConsistency(4, 8, ROOT.get(4), ROOT.get(8), proof))
        .isInstanceOf(InvalidProofException.class)
        .hasMessage("consistency proof from tree size 4 to 8 has 2 hashes, expected 1");
  }
}
