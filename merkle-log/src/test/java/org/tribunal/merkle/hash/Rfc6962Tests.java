package org.tribunal.merkle.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribunal.merkle.reference.TestVectors;

class Rfc6962Tests {

  static IntStream leaves() {
    return IntStream.range(0, TestVectors.LEAF_INPUTS_HEX.size());
  }

  @ParameterizedTest(name = "leaf {0}")
  @MethodSource("leaves")
  void hashesLeavesAsTheTestVectorsSay(int i) {
    assertThat(Rfc6962.leafHash(TestVectors.leafInput(i))).isEqualTo(TestVectors.LEAF_HASHES.get(i));
  }

  @Test
  void hashesTheEmptyTreeToSha256OfNothing() {
    assertThat(Rfc6962.emptyRoot().toHex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hashesNodesWithTheOnePrefix() {
    assertThat(Rfc6962.nodeHash(TestVectors.LEAF_HASHES.get(0), TestVectors.LEAF_HASHES.get(1)))
        .isEqualTo(TestVectors.ROOTS.get(2));
    assertThat(Rfc6962.nodeHash(TestVectors.LEAF_HASHES.get(2), TestVectors.LEAF_HASHES.get(3)))
        .isEqualTo(TestVectors.OTHER_NODES.get(0));
  }

  @Test
  void leafAndNodeHashesOfTheSameBytesDiffer() throws Exception {
    Hash a = TestVectors.LEAF_HASHES.get(0);
    Hash b = TestVectors.LEAF_HASHES.get(1);
    byte[] concatenated = new byte[64];
    a.copyTo(concatenated, 0);
    b.copyTo(concatenated, 32);
    assertThat(Rfc6962.leafHash(concatenated)).isNotEqualTo(Rfc6962.nodeHash(a, b));
    assertThat(Rfc6962.leafHash(concatenated).toByteArray())
        .isNotEqualTo(MessageDigest.getInstance("SHA-256").digest(concatenated));
  }

  @Test
  void hashesASliceOfABuffer() {
    byte[] buffer = {9, 9, 0x20, 0x21, 9};
    assertThat(Rfc6962.leafHash(buffer, 2, 2)).isEqualTo(TestVectors.LEAF_HASHES.get(3));
    assertThatThrownBy(() -> Rfc6962.leafHash(buffer, 4, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "{0} bytes")
  @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 55, 63, 64, 1023, 1024, 1025, 70000})
  void leafHashEqualsSha256OfPrefixedBytesAtEverySize(int size) throws Exception {
    byte[] data = new byte[size];
    new java.util.Random(size).nextBytes(data);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((byte) 0);
    assertThat(Rfc6962.leafHash(data).toByteArray()).isEqualTo(sha.digest(data));
  }

  @Test
  void returnedHashesAreIndependentOfTheDigestState() {
    Hash first = Rfc6962.leafHash(new byte[] {1});
    Hash second = Rfc6962.leafHash(new byte[] {2});
    assertThat(first).isNotEqualTo(second);
    assertThat(Rfc6962.leafHash(new byte[] {1})).isEqualTo(first);
  }
}
