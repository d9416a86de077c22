package org.tribunal.evidence;

/** How a working copy was derived from its original. */
public enum DerivationKind {
  /** Converted to another format (video, audio, image, document). */
  TRANSCODED,
  /** Text recognised from an image or scan. */
  OCR,
  /** Translated into another language. */
  TRANSLATION,
  /** Parts removed or masked (witness protection, Rule 81). */
  REDACTED,
  /** Anything else; the note says what. */
  OTHER
}
