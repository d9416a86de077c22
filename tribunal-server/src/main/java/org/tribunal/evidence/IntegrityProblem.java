package org.tribunal.evidence;

/** What an integrity sweep found wrong with a kept file. */
public enum IntegrityProblem {
  /** The bytes no longer hash to what was taken at intake. */
  MISMATCH,
  /** The file is gone. */
  MISSING
}
