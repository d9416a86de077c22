package org.tribunal.merkle.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SignedNotePropertyTests {

  static final NoteSigner SIGNER = NoteSigner.generate("tribunal.example/log");

  @Property(tries = 300)
  void parseOfFormatIsTheIdentity(@ForAll("notes") SignedNote note) throws Exception {
    assertThat(SignedNote.parse(note.format())).isEqualTo(note);
    assertThat(SignedNote.parse(note.format().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(note);
  }

  @Property(tries = 100)
  void aSignedTextVerifiesAndAnyOtherTextDoesNot(
      @ForAll("texts") String text, @ForAll("texts") String other) throws Exception {
    SignedNote note = SignedNote.sign(text, SIGNER);

    assertThat(note.verify(List.of(SIGNER.verifier()))).containsExactly(SIGNER.verifier());
    if (!other.equals(text)) {
      SignedNote moved = new SignedNote(other, note.signatures());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> moved.verify(SIGNER.verifier()))
          .isInstanceOf(org.tribunal.merkle.VerificationException.class);
    }
  }

  @Provide
  Arbitrary<SignedNote> notes() {
    return Combinators.combine(texts(), signatures().list().ofMinSize(1).ofMaxSize(6))
        .as(SignedNote::new);
  }

  @Provide
  static Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('\u00e9', '\u2014', '\u0416', '\u00a0')
        .ofMaxLength(40);
    return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines) + "\n");
  }

  static Arbitrary<NoteSignature> signatures() {
    Arbitrary<String> name = Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('.', '/', '-', '0', '9', '\u00e9')
        .ofMinLength(1)
        .ofMaxLength(20);
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(80);
    return Combinators.combine(name, Arbitraries.integers(), bytes).as(NoteSignature::new);
  }
}
