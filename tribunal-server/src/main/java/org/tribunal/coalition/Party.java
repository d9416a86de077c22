package org.tribunal.coalition;

import org.tribunal.shared.StateCode;

/**
 * Who takes part: a state (ISO 3166-1 alpha-3) or an organisation such as the EU or the Council of Europe, which
 * sign instruments and take part in bodies in their own right.
 *
 * @param kind state or organisation
 * @param code the state's alpha-3 code, or the organisation's identifier ({@code EU}, {@code COE}, {@code EUROPOL})
 */
public record Party(Kind kind, String code) {

  /** Whether a party is a state or an organisation. */
  public enum Kind { STATE, ORGANISATION }

  /** Checks the code against the kind: alpha-3 for a state, an identifier for an organisation. */
  public Party {
    if (kind == Kind.STATE) {
      StateCode.of(code);
    } else {
      InvalidIdentifierException.require("organisation", code);
    }
  }

  /** Returns the party for a state. */
  public static Party state(StateCode state) {
    return new Party(Kind.STATE, state.value());
  }

  /** Returns the party for an organisation identified by {@code code}. */
  public static Party organisation(String code) {
    return new Party(Kind.ORGANISATION, code);
  }

  /** Returns whether this party is a state. */
  public boolean isState() {
    return kind == Kind.STATE;
  }

  @Override
  public String toString() {
    return kind == Kind.STATE ? code : "org:" + code;
  }
}
