package org.tribunal.positions;

/** Thrown when a text, claim, position, rule or scenario that was asked for does not exist (404). */
public final class UnknownPositionEntityException extends org.tribunal.shared.DomainException {

  private static final long serialVersionUID = 1L;

  private UnknownPositionEntityException(String slug, String title, String detail) {
    super(slug, 404, title, detail);
  }

  /** No text with this key. */
  public static UnknownPositionEntityException text(TextId id) {
    var e = new UnknownPositionEntityException("unknown-text", "Unknown text", "No text with key " + id);
    e.with("textId", id.value());
    return e;
  }

  /** No claim with this code in the vocabulary. */
  public static UnknownPositionEntityException claim(Claim claim) {
    var e = new UnknownPositionEntityException(
        "unknown-claim", "Unknown claim", "Claim " + claim + " is not in the vocabulary");
    e.with("claim", claim.code());
    return e;
  }

  /** No position in this slot. */
  public static UnknownPositionEntityException position(PositionRef ref) {
    var e = new UnknownPositionEntityException(
        "unknown-position", "Unknown position", "No position " + ref.key());
    e.with("position", ref.key());
    return e;
  }

  /** No rule with this id (or version). */
  public static UnknownPositionEntityException rule(String rule) {
    var e = new UnknownPositionEntityException("unknown-rule", "Unknown rule", "No participation rule " + rule);
    e.with("rule", rule);
    return e;
  }

  /** No scenario with this id. */
  public static UnknownPositionEntityException scenario(String id) {
    var e = new UnknownPositionEntityException("unknown-scenario", "Unknown scenario", "No scenario " + id);
    e.with("scenario", id);
    return e;
  }

  /** No state with this code in the coalition registry. */
  public static UnknownPositionEntityException state(org.tribunal.shared.StateCode state) {
    var e = new UnknownPositionEntityException(
        "unknown-state", "Unknown state", "State " + state + " is not in the coalition registry");
    e.with("stateCode", state.value());
    return e;
  }

  /** No body with this id in the coalition registry. */
  public static UnknownPositionEntityException body(String body) {
    var e = new UnknownPositionEntityException(
        "unknown-body", "Unknown body", "Body " + body + " is not in the coalition registry");
    e.with("body", body);
    return e;
  }
}
