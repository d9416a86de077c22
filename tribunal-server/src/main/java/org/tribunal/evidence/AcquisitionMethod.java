package org.tribunal.evidence;

/** How the submitter obtained the material (Berkeley Protocol: collection; ISO/IEC 27037: acquisition). */
public enum AcquisitionMethod {
  /** Handed over by its holder (a state, an organisation, a person). */
  HANDED_OVER,
  /** Seized under a legal authority. */
  SEIZED,
  /** Collected from an open online source (web capture, download). */
  OPEN_SOURCE_CAPTURE,
  /** A forensic image of a device or storage medium. */
  FORENSIC_IMAGE,
  /** Lawfully intercepted communications. */
  INTERCEPT,
  /** Recorded by the tribunal's own staff (interview, inspection). */
  RECORDED_BY_TRIBUNAL,
  /** Anything else; the submission's notes say what. */
  OTHER
}
