package org.tribunal.shared;

/**
 * How sensitive a record is. Levels are ordered: a reader cleared for a level may read that level
 * and every level below it, never above.
 */
public enum Classification {
  PUBLIC,
  RESTRICTED,
  CONFIDENTIAL,
  SECRET;

  /**
   * Tells whether a clearance at this level covers a record at {@code other}.
   *
   * @param other the record's level
   * @return true if this level is the same as or higher than {@code other}
   */
  public boolean dominates(Classification other) {
    return compareTo(other) >= 0;
  }
}
