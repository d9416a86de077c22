package org.tribunal.merkle.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.InvalidProofException;
import org.tribunal.merkle.RootMismatchException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.note.SignatureType;

/** Verifies the tlog.md §9 receipt for leaf 5 of the 8 test leaves, and mutations of it. */
class ReceiptVerificationTests {

  static final NoteVerifier LOG = parse("example.com/log+6f819a93+ASnVfaCp5g5xM2dekO+qLaxG/9GUcQzocNaa0HedXB6/");
  static final NoteVerifier WITNESS =
      parse("witness.example.com/w1+e86f7461+BAemx4dUgMsvlqoNlzegdjMs4PyGC8zXb7PndI6ZbfIj");
  static final byte[] LEAF_5 = HexFormat.of().parseHex("40414243");

  @Test
  void verifiesTheVectorReceiptWithItsWitness() throws Exception {
    Receipt receipt = Receipt.parse(ReceiptFormatTests.RECEIPT);

    var checkpoint = receipt.verifyEntry(LOG, WitnessPolicy.of(List.of(WITNESS), 1), LEAF_5);

    assertThat(checkpoint.size()).isEqualTo(8);
    assertThat(receipt.verify(LOG, WitnessPolicy.none(),
            Hash.ofHex("4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658")))
        .isEqualTo(checkpoint);
  }

  @Test
  void failsForAnotherEntry() throws Exception {
    Receipt receipt = Receipt.parse(ReceiptFormatTests.RECEIPT);

    assertThatThrownBy(() -> receipt.verifyEntry(LOG, WitnessPolicy.none(), HexFormat.of().parseHex("40414244")))
        .isInstanceOf(RootMismatchException.class);
  }

  @Test
  void failsForAnotherIndexOrAShortenedProof() throws Exception {
    Receipt receipt = Receipt.parse(ReceiptFormatTests.RECEIPT);
    Receipt moved = new Receipt(receipt.extra(), 4, receipt.proof(), receipt.checkpoint());
    Receipt shortened = new Receipt(receipt.extra(), 5, receipt.proof().subList(0, 2), receipt.checkpoint());
    Receipt outside = new Receipt(receipt.extra(), 8, receipt.proof(), receipt.checkpoint());

    assertThatThrownBy(() -> moved.verifyEntry(LOG, WitnessPolicy.none(), LEAF_5))
        .isInstanceOf(RootMismatchException.class);
    assertThatThrownBy(() -> shortened.verifyEntry(LOG, WitnessPolicy.none(), LEAF_5))
        .isInstanceOf(InvalidProofException.class);
    assertThatThrownBy(() -> outside.verifyEntry(LOG, WitnessPolicy.none(), LEAF_5))
        .isInstanceOf(InvalidProofException.class);
  }

  @Test
  void failsWithoutTheRequiredWitnessOrWithAnotherLogKey() throws Exception {
    Receipt receipt = Receipt.parse(ReceiptFormatTests.RECEIPT);
    NoteVerifier stranger = NoteSigner.generate("s.example", SignatureType.COSIGNATURE_V1).verifier();
    NoteVerifier otherLog = NoteSigner.generate("example.com/log").verifier();

    assertThatThrownBy(() -> receipt.verifyEntry(LOG, WitnessPolicy.of(List.of(stranger), 1), LEAF_5))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("not witnessed");
    assertThatThrownBy(() -> receipt.verifyEntry(otherLog, WitnessPolicy.none(), LEAF_5))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("no signature by a known key");
  }

  @Test
  void verifiesTheEntryItCarriesInExtra() throws Exception {
    Receipt plain = Receipt.parse(ReceiptFormatTests.RECEIPT);
    Receipt carrying = new Receipt(LEAF_5, 5, plain.proof(), plain.checkpoint());
    Receipt empty = plain;

    assertThat(Receipt.parse(carrying.format()).verifyCarriedEntry(LOG, WitnessPolicy.none()).size())
        .isEqualTo(8);
    assertThatThrownBy(() -> empty.verifyCarriedEntry(LOG, WitnessPolicy.none()))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("carries no entry");
  }

  private static NoteVerifier parse(String key) {
    try {
      return NoteVerifier.parse(key);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
