package org.tribunal.merkle.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;

/**
 * Interoperability with an independent implementation: the test vectors of Go's {@code
 * golang.org/x/mod/sumdb/note} ({@code note_test.go}) and the example of c2sp.org/signed-note.
 */
class GoSumdbNoteVectorTests {

  static final String PETER_SKEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  static final String PETER_VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  static final String ENOCH_VKEY =
      "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
  static final String TEXT = "If you think cryptography is the answer to your problem,\n"
      + "then you don't know what your problem is.\n";
  static final String PETER_SIG =
      "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  static final String ENOCH_SIG =
      "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

  @Test
  void derivesGoVerifierKeyAndKeyIdFromGoSignerKey() throws Exception {
    NoteSigner signer = NoteSigner.parse(PETER_SKEY);

    assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
    assertThat(signer.verifier().verifierKey()).isEqualTo(PETER_VKEY);
    assertThat(signer.signerKey()).isEqualTo(PETER_SKEY);
  }

  @Test
  void parsesGoVerifierKeysAndFormatsThemBack() throws Exception {
    NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
    NoteVerifier enoch = NoteVerifier.parse(ENOCH_VKEY);

    assertThat(peter.name()).isEqualTo("PeterNeumann");
    assertThat(peter.keyId()).isEqualTo(0xc74f20a3);
    assertThat(peter.type()).isEqualTo(SignatureType.ED25519);
    assertThat(peter.verifierKey()).isEqualTo(PETER_VKEY);
    assertThat(enoch.keyId()).isEqualTo(0xaf0cfe78);
  }

  @Test
  void signsExactlyAsGoDoes() throws Exception {
    SignedNote note = SignedNote.sign(TEXT, NoteSigner.parse(PETER_SKEY));

    assertThat(note.format()).isEqualTo(TEXT + "\n" + PETER_SIG);
  }

  @Test
  void verifiesGoSignaturesAndIgnoresUnknownOnes() throws Exception {
    NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
    NoteVerifier enoch = NoteVerifier.parse(ENOCH_VKEY);
    SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);

    assertThat(note.text()).isEqualTo(TEXT);
    assertThat(note.verify(List.of(peter))).containsExactly(peter);
    assertThat(note.verify(List.of(peter, enoch))).containsExactly(peter, enoch);
    assertThatThrownBy(() -> note.verify(List.of()))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("no signature by a known key");
  }

  @Test
  void rejectsACorruptSignatureByAKnownKey() throws Exception {
    NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
    SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60));

    assertThatThrownBy(() -> note.verify(peter))
        .isInstanceOf(VerificationException.class)
        .hasMessageContaining("PeterNeumann")
        .hasMessageContaining("c74f20a3");
  }

  @Test
  void dropsDuplicateLinesAndIgnoresACorruptUnknownSignature() throws Exception {
    NoteVerifier peter = NoteVerifier.parse(PETER_VKEY);
    String corruptEnoch = ENOCH_SIG.substring(0, 60) + "ABCD" + ENOCH_SIG.substring(60);
    SignedNote note = SignedNote.parse(
        TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG + corruptEnoch);

    assertThat(note.signatures()).hasSize(3);
    assertThat(note.verify(List.of(peter))).containsExactly(peter);
  }

  @Test
  void rejectsMoreThanOneHundredSignatures() {
    String note = TEXT + "\n" + PETER_SIG.repeat(101);

    assertThatThrownBy(() -> SignedNote.parse(note))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("more than 100 signatures");
  }

  @Test
  void rejectsGoMalformedNotes() {
    List<byte[]> bad = List.of(
        TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        (TEXT + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        (TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        ("\u0001" + TEXT + "\n" + PETER_SIG).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        concat(new byte[] {(byte) 0xff}, (TEXT + "\n" + PETER_SIG).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        (TEXT + "\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
        (TEXT + "\n" + PETER_SIG + "Unexpected line.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    for (byte[] note : bad) {
      assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(MalformedInputException.class);
    }
  }

  @Test
  void rejectsEveryTruncationAndEveryIncrementedCharacterOfGoKeys() {
    for (String key : List.of(PETER_VKEY, PETER_SKEY)) {
      boolean signer = key.startsWith("PRIVATE");
      for (int i = 0; i <= key.length(); i++) {
        for (int j = i + 1; j <= key.length(); j++) {
          if (i == 0 && j == key.length()) {
            continue;
          }
          assertRejected(key.substring(i, j), signer);
        }
      }
      char[] chars = key.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        chars[i]++;
        assertRejected(new String(chars), signer);
        chars[i]--;
      }
    }
    // Wrong key length and unknown algorithm, each with an adjusted key ID (from note_test.go).
    assertRejected("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==", false);
    assertRejected("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", false);
  }

  @Test
  void verifiesTheC2spSignedNoteExample() throws Exception {
    NoteVerifier foo = NoteVerifier.parse(
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
    SignedNote note = SignedNote.parse("This is an example message.\n\n"
        + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n");

    assertThat(note.verify(List.of(foo))).containsExactly(foo);
  }

  @Test
  void generatedKeysSignAndVerify() throws Exception {
    NoteSigner signer = NoteSigner.generate("EnochRoot");
    NoteSigner reparsed = NoteSigner.parse(signer.signerKey());
    NoteVerifier verifier = NoteVerifier.parse(signer.verifier().verifierKey());

    SignedNote note = SignedNote.sign("hi\n", reparsed);
    assertThat(note.verify(List.of(verifier))).containsExactly(verifier);
    assertThat(reparsed.keyId()).isEqualTo(verifier.keyId());
    assertThat(signer.toString()).doesNotContain(signer.signerKey().substring(30));
    SignedNote otherText = new SignedNote("hj\n", note.signatures());
    assertThatThrownBy(() -> otherText.verify(verifier)).isInstanceOf(VerificationException.class);
  }

  private static void assertRejected(String key, boolean signer) {
    assertThatThrownBy(() -> {
      if (signer) {
        NoteSigner.parse(key);
      } else {
        NoteVerifier.parse(key);
      }
    }).as(key).isInstanceOf(MalformedInputException.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
