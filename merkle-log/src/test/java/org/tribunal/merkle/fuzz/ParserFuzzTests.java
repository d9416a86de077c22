package org.tribunal.merkle.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;
import org.tribunal.merkle.checkpoint.Checkpoint;
import org.tribunal.merkle.checkpoint.Cosignature;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.NoteVerifier;
import org.tribunal.merkle.note.SignatureType;
import org.tribunal.merkle.note.SignedNote;
import org.tribunal.merkle.receipt.Receipt;

/**
 * Feeds the parsers random and mutated input. Each must either return a value or throw {@link
 * MalformedInputException}; verification must either pass or throw {@link VerificationException}.
 * Any other exception fails the property.
 */
class ParserFuzzTests {

  static final NoteSigner LOG = NoteSigner.generate("tribunal.example/log");
  static final NoteSigner WITNESS = NoteSigner.generate("w.example", SignatureType.COSIGNATURE_V1);
  static final String VALID = SignedCheckpoint.sign(
          Checkpoint.of("tribunal.example/log", 1234, Hash.of(new byte[32])), LOG)
      .cosign(WITNESS, 1_700_000_000L)
      .format();

  /** Seeds mutated by the fuzzer. */
  static List<String> seeds() {
    String receipt = "c2sp.org/tlog-proof@v1\nextra aGVsbG8=\nindex 5\n"
        + "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=\n"
        + "yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=\n\n" + VALID;
    return List.of(VALID, receipt);
  }

  @Property(tries = 2000)
  void parsersRejectMutatedInputWithATypedException(@ForAll("mutated") String input) {
    exercise(input);
  }

  @Property(tries = 1000)
  void parsersRejectRandomInputWithATypedException(@ForAll("random") String input) {
    exercise(input);
  }

  @Property(tries = 1000)
  void keyParsersRejectMutatedKeysWithATypedException(@ForAll("mutatedKeys") String key) {
    try {
      NoteVerifier.parse(key);
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    try {
      NoteSigner.parse(key);
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  static void exercise(String input) {
    try {
      SignedNote note = SignedNote.parse(input.getBytes(StandardCharsets.UTF_8));
      assertThat(SignedNote.parse(note.format())).isEqualTo(note);
      for (NoteSignature line : note.signatures()) {
        try {
          Cosignature.from(line);
        } catch (MalformedInputException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
      try {
        note.verify(List.of(LOG.verifier(), WITNESS.verifier()));
      } catch (VerificationException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    try {
      SignedCheckpoint checkpoint = SignedCheckpoint.parse(input);
      try {
        checkpoint.verify(LOG.verifier());
        checkpoint.cosignatures(List.of(WITNESS.verifier()));
      } catch (VerificationException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      assertThat(WitnessPolicy.of(List.of(WITNESS.verifier()), 1).evaluate(checkpoint).reason())
          .isNotBlank();
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    try {
      Receipt receipt = Receipt.parse(input);
      assertThat(Receipt.parse(receipt.format())).isEqualTo(receipt);
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    try {
      Checkpoint.parse(input);
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    return mutationsOf(Arbitraries.of(seeds()));
  }

  @Provide
  Arbitrary<String> mutatedKeys() {
    return mutationsOf(Arbitraries.of(
        LOG.signerKey(), LOG.verifier().verifierKey(),
        WITNESS.signerKey(), WITNESS.verifier().verifierKey()));
  }

  @Provide
  Arbitrary<String> random() {
    return Arbitraries.strings()
        .withChars("\n\u2014 +=/AZaz09\r\t\u0000\u00e9.-")
        .withCharRange('\ud800', '\ud801')
        .ofMaxLength(300);
  }

  static Arbitrary<String> mutationsOf(Arbitrary<String> seeds) {
    Arbitrary<Character> interesting = Arbitraries.of(
        '\n', '\u2014', ' ', '+', '=', '/', 'A', '0', '\r', '\u0000', '\u00ff', '\ud800', '-', '9');
    Arbitrary<Mutation> mutation = Combinators.combine(
            Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0), interesting)
        .as(Mutation::new);
    return Combinators.combine(seeds, mutation.list().ofMinSize(1).ofMaxSize(4))
        .as((seed, mutations) -> {
          StringBuilder s = new StringBuilder(seed);
          for (Mutation m : mutations) {
            m.apply(s);
          }
          return s.toString();
        });
  }

  record Mutation(int kind, int position, char c) {
    void apply(StringBuilder s) {
      if (s.length() == 0) {
        s.append(c);
        return;
      }
      int at = position % s.length();
      switch (kind) {
        case 0 -> s.setCharAt(at, c);
        case 1 -> s.insert(at, c);
        case 2 -> s.deleteCharAt(at);
        default -> s.setLength(at);
      }
    }
  }
}
