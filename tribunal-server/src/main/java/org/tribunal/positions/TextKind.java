package org.tribunal.positions;

/** What sort of text states take positions on. */
public enum TextKind {
  /** An adopted resolution (UN GA, UN SC, Council of Europe, EU). */
  RESOLUTION,
  /** A joint statement or declaration (G7, core group, coalition). */
  JOINT_STATEMENT,
  /** A draft, including one that was never adopted or issued. */
  DRAFT,
  /** An amendment to another text. */
  AMENDMENT
}
