package org.tribunal.merkle.note;

import java.util.Base64;
import java.util.Optional;

/** The lexical rules of c2sp.org/signed-note: key names, note text, strict base64. */
final class NoteSyntax {

  private NoteSyntax() {}

  /**
   * Says why {@code name} is not a valid key name: non-empty, no Unicode whitespace, no {@code +},
   * no control characters.
   */
  static Optional<String> nameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("key name is empty");
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp == '+') {
        return Optional.of("key name contains '+'");
      }
      if (isSpace(cp)) {
        return Optional.of("key name contains whitespace");
      }
      if (Character.isISOControl(cp)) {
        return Optional.of("key name contains a control character");
      }
      if (Character.isSurrogate(name.charAt(i)) && !Character.isSupplementaryCodePoint(cp)) {
        return Optional.of("key name is not valid UTF-16/UTF-8");
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  static boolean isSpace(int cp) {
    // Go's unicode.IsSpace: Pattern_White_Space plus the Zs category.
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /**
   * Says why {@code text} cannot be a note text: it must be non-empty, end in a newline and carry no
   * control characters other than newline, and no unpaired surrogates.
   */
  static Optional<String> textProblem(String text) {
    if (text.isEmpty()) {
      return Optional.of("note text is empty");
    }
    if (text.charAt(text.length() - 1) != '\n') {
      return Optional.of("note text does not end with a newline");
    }
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c < 0x20 || c == 0x7f) {
        return Optional.of(
            String.format("line %d: control character U+%04X is not allowed", line, (int) c));
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return Optional.of("line " + line + ": unpaired surrogate");
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return Optional.of("line " + line + ": unpaired surrogate");
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes standard padded base64 and insists on the canonical form, so that every value has
   * exactly one text form.
   */
  static Optional<byte[]> decodeBase64(String text) {
    if (text.length() % 4 != 0) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      return Optional.empty();
    }
    return Optional.of(bytes);
  }
}
