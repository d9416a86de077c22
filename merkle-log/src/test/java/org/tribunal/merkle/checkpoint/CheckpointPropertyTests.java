package org.tribunal.merkle.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;

class CheckpointPropertyTests {

  static final NoteSigner LOG = NoteSigner.generate("tribunal.example/log");
  static final NoteSigner WITNESS = NoteSigner.generate("w.example", SignatureType.COSIGNATURE_V1);

  @Property(tries = 300)
  void parseOfFormatIsTheIdentity(@ForAll("checkpoints") Checkpoint checkpoint) throws Exception {
    assertThat(Checkpoint.parse(checkpoint.format())).isEqualTo(checkpoint);
  }

  @Property(tries = 100)
  void signedAndCosignedCheckpointsRoundTripAndVerify(
      @ForAll("checkpoints") Checkpoint body, @ForAll("timestamps") long timestamp) throws Exception {
    Checkpoint checkpoint = new Checkpoint(LOG.name(), body.size(), body.root(), body.extensions());
    SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, LOG).cosign(WITNESS, timestamp);

    SignedCheckpoint parsed = SignedCheckpoint.parse(signed.format());

    assertThat(parsed).isEqualTo(signed);
    assertThat(parsed.verify(LOG.verifier())).isEqualTo(checkpoint);
    assertThat(parsed.cosignatures(List.of(WITNESS.verifier())))
        .singleElement()
        .satisfies(c -> assertThat(c.timestamp()).isEqualTo(timestamp));
    assertThat(Cosignature.from(parsed.note().signatures().get(1)).toNoteSignature())
        .isEqualTo(parsed.note().signatures().get(1));
  }

  @Provide
  Arbitrary<Long> timestamps() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }

  @Provide
  static Arbitrary<Checkpoint> checkpoints() {
    Arbitrary<String> line = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('\u00e9', '\u2014')
        .ofMinLength(1)
        .ofMaxLength(30);
    Arbitrary<Hash> root = Arbitraries.bytes().array(byte[].class).ofSize(32).map(Hash::of);
    return Combinators.combine(line, Arbitraries.longs(), root, line.list().ofMaxSize(3))
        .as(Checkpoint::new);
  }
}
