package org.tribunal.merkle.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.VerificationException;

/**
 * A C2SP signed note: a text and one or more signature lines (c2sp.org/signed-note, v1.0.0).
 *
 * <pre>
 * &lt;text, one or more lines each ending in \n&gt;
 * &lt;empty line&gt;
 * — &lt;key name&gt; &lt;base64(key ID ‖ signature)&gt;\n   (one or more)
 * </pre>
 *
 * <p>The signed message is the text including its final newline, without the empty separator line.
 * The text may itself contain empty lines: the separator is the <em>last</em> {@code "\n\n"}.
 * Exact duplicate signature lines are dropped (as Go's {@code note.Open} does) and at most {@value
 * #MAX_SIGNATURES} signatures are accepted.
 *
 * <p>Verification ({@link #verify(Collection)}) follows the spec's rules: signatures whose (name,
 * key ID) pair is not among the known verifiers are ignored; a signature by a known key that does
 * not verify rejects the note; at least one known key must have signed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the signed text, ending in a newline
 * @param signatures the signature lines, at least one, without duplicates
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

  /** The most signature lines a note may carry (Go's limit; the spec requires at least 16). */
  public static final int MAX_SIGNATURES = 100;

  /** The largest note accepted, in bytes: far beyond any checkpoint, small enough to bound work. */
  public static final int MAX_BYTES = 1 << 20;

  /**
   * Checks the text and copies the signatures, dropping exact duplicates.
   *
   * @throws IllegalArgumentException if the text is not a valid note text, there is no signature or
   *     more than {@value #MAX_SIGNATURES}
   */
  public SignedNote {
    Objects.requireNonNull(text, "text");
    NoteSyntax.textProblem(text).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    signatures = List.copyOf(new LinkedHashSet<>(signatures));
    if (signatures.isEmpty()) {
      throw new IllegalArgumentException("a signed note has at least one signature");
    }
    if (signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException("a signed note has at most " + MAX_SIGNATURES
          + " signatures, got " + signatures.size());
    }
  }

  /**
   * Signs a text with one or more note keys.
   *
   * @param text the text, ending in a newline
   * @param signers Ed25519 note keys, at least one
   * @return the signed note
   * @throws IllegalArgumentException if the text is invalid or no signer is given
   */
  public static SignedNote sign(String text, NoteSigner... signers) {
    List<NoteSignature> lines = new ArrayList<>();
    for (NoteSigner signer : signers) {
      lines.add(signer.sign(text));
    }
    return new SignedNote(text, lines);
  }

  /**
   * Parses a note from UTF-8 bytes.
   *
   * @param note the note bytes
   * @return the note
   * @throws MalformedInputException if the bytes are not valid UTF-8 or the note is malformed; see
   *     {@link #parse(String)}
   */
  public static SignedNote parse(byte[] note) throws MalformedInputException {
    if (note.length > MAX_BYTES) {
      throw new MalformedInputException("note is larger than " + MAX_BYTES + " bytes");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(note))
          .toString();
      return parse(text);
    } catch (CharacterCodingException e) {
      throw new MalformedInputException("note is not valid UTF-8", e);
    }
  }

  /**
   * Parses a note.
   *
   * @param note the whole note, ending in a newline
   * @return the note
   * @throws MalformedInputException naming the reason: no blank line before the signatures, a text
   *     with control characters, a note not ending in a newline, a signature line without the
   *     {@code "— "} prefix, an invalid key name, non-canonical base64, fewer than 5 signature bytes,
   *     or more than {@value #MAX_SIGNATURES} signatures
   */
  public static SignedNote parse(String note) throws MalformedInputException {
    if (note.length() > MAX_BYTES) {
      throw new MalformedInputException("note is larger than " + MAX_BYTES + " bytes");
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new MalformedInputException("note has no empty line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String block = note.substring(split + 2);
    var textProblem = NoteSyntax.textProblem(text);
    if (textProblem.isPresent()) {
      throw new MalformedInputException("note text: " + textProblem.get());
    }
    if (block.isEmpty()) {
      throw new MalformedInputException("note has no signature lines");
    }
    if (block.charAt(block.length() - 1) != '\n') {
      throw new MalformedInputException("note does not end with a newline");
    }
    int textLines = (int) text.chars().filter(c -> c == '\n').count();
    List<NoteSignature> lines = new ArrayList<>();
    int start = 0;
    int lineNumber = textLines + 2;
    while (start < block.length()) {
      int end = block.indexOf('\n', start);
      String line = block.substring(start, end);
      if (lines.size() == MAX_SIGNATURES) {
        throw new MalformedInputException(
            "line " + lineNumber + ": more than " + MAX_SIGNATURES + " signatures");
      }
      try {
        lines.add(NoteSignature.parseLine(line));
      } catch (MalformedInputException e) {
        throw new MalformedInputException("line " + lineNumber + ": " + e.getMessage(), e);
      }
      start = end + 1;
      lineNumber++;
    }
    return new SignedNote(text, lines);
  }

  /**
   * Returns the note in its text form, which {@link #parse(String)} accepts.
   *
   * @return text, empty line, signature lines, each ending in a newline
   */
  public String format() {
    StringBuilder out = new StringBuilder(text.length() + 100 * signatures.size());
    out.append(text).append('\n');
    for (NoteSignature signature : signatures) {
      out.append(signature.line()).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns this note with one more signature line appended (or this note if the line is already
   * present).
   *
   * @param signature the line to add, for example a witness cosignature
   * @return the new note
   * @throws IllegalArgumentException if the note would carry more than {@value #MAX_SIGNATURES}
   */
  public SignedNote withSignature(NoteSignature signature) {
    List<NoteSignature> lines = new ArrayList<>(signatures);
    lines.add(signature);
    return new SignedNote(text, lines);
  }

  /**
   * Verifies the note against the keys the caller trusts.
   *
   * @param known the trusted verifiers; signatures by any other (name, key ID) are ignored
   * @return the known verifiers whose signatures verified, in signature order; never empty
   * @throws VerificationException if a signature by a known key does not verify, or no known key
   *     signed the note
   */
  public List<NoteVerifier> verify(Collection<NoteVerifier> known) throws VerificationException {
    List<NoteVerifier> verified = new ArrayList<>();
    for (NoteSignature signature : signatures) {
      for (NoteVerifier verifier : known) {
        if (verifier.identifies(signature)) {
          if (!verifier.verifies(text, signature)) {
            throw new VerificationException("signature by " + signature.name() + " (key ID "
                + signature.keyIdHex() + ") does not verify");
          }
          if (!verified.contains(verifier)) {
            verified.add(verifier);
          }
        }
      }
    }
    if (verified.isEmpty()) {
      throw new VerificationException("note has no signature by a known key; signed by "
          + signatures.stream().map(s -> s.name() + "+" + s.keyIdHex()).toList());
    }
    return List.copyOf(verified);
  }

  /**
   * Verifies the note against one trusted key.
   *
   * @param known the trusted verifier
   * @throws VerificationException if the key did not sign the note or its signature does not verify
   */
  public void verify(NoteVerifier known) throws VerificationException {
    verify(List.of(known));
  }
}
