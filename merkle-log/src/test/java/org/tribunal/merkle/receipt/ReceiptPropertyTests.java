package org.tribunal.merkle.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSigner;

class ReceiptPropertyTests {

  static final NoteSigner LOG = NoteSigner.generate("tribunal.example/log");

  @Property(tries = 200)
  void parseOfFormatIsTheIdentity(@ForAll("receipts") Receipt receipt) throws Exception {
    assertThat(Receipt.parse(receipt.format())).isEqualTo(receipt);
  }

  @Provide
  Arbitrary<Receipt> receipts() {
    Arbitrary<Hash> hash = Arbitraries.bytes().array(byte[].class).ofSize(32).map(Hash::of);
    Arbitrary<SignedCheckpoint> checkpoint = Combinators.combine(Arbitraries.longs(), hash)
        .as((size, root) -> SignedCheckpoint.sign(Checkpoint.of(LOG.name(), size, root), LOG));
    Arbitrary<byte[]> extra = Arbitraries.bytes().array(byte[].class).ofMaxSize(100);
    return Combinators.combine(extra, Arbitraries.longs(), hash.list().ofMaxSize(64), checkpoint)
        .as(Receipt::new);
  }
}
