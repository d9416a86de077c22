package org.tribunal.coalition;

/**
 * An act a state or organisation performs on an instrument (VCLT vocabulary, Council of Europe Treaty Office usage).
 * Whether an act is allowed depends on what the party has done before; see {@link ParticipationStatus}.
 */
public enum ParticipationAct {
  /** Signature subject to ratification, acceptance or approval. */
  SIGNATURE("sign"),
  /** Signature without reservation as to ratification: consent to be bound ("s" in charts). */
  SIGNATURE_DEFINITIVE("sign definitively"),
  RATIFICATION("ratify"),
  ACCEPTANCE("accept"),
  APPROVAL("approve"),
  /** Consent by a state that did not sign ("a" in charts). */
  ACCESSION("accede to"),
  RESERVATION("make a reservation to"),
  DECLARATION("make a declaration on"),
  DELEGATION_OF_JURISDICTION("delegate jurisdiction under"),
  WITHDRAWAL("withdraw from");

  private final String verb;

  ParticipationAct(String verb) {
    this.verb = verb;
  }

  /** Returns a verb phrase for explanations, e.g. "ratify". */
  public String verb() {
    return verb;
  }

  /** Returns whether the act expresses consent to be bound. */
  public boolean expressesConsent() {
    return switch (this) {
      case SIGNATURE_DEFINITIVE, RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION -> true;
      default -> false;
    };
  }

  /** Returns whether the act leaves the participation status unchanged (reservations, declarations, delegation). */
  public boolean isStatusNeutral() {
    return this == RESERVATION || this == DECLARATION || this == DELEGATION_OF_JURISDICTION;
  }
}
