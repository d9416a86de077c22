package org.tribunal.positions;

/** Thrown when a text or claim is recorded under a key that is already taken (409). */
public final class DuplicateTextException extends org.tribunal.shared.DomainException {

  private static final long serialVersionUID = 1L;

  private DuplicateTextException(String detail) {
    super("duplicate-key", 409, "Key already taken", detail);
  }

  /** A text with this key exists. */
  public static DuplicateTextException text(TextId id) {
    var e = new DuplicateTextException("A text with key " + id + " is already recorded; correct it instead");
    e.with("textId", id.value());
    return e;
  }

  /** Another text already has this document symbol. */
  public static DuplicateTextException symbol(String symbol) {
    var e = new DuplicateTextException("Another text already has the symbol " + symbol);
    e.with("symbol", symbol);
    return e;
  }

  /** A claim with this code exists. */
  public static DuplicateTextException claim(Claim claim) {
    var e = new DuplicateTextException("Claim " + claim + " is already in the vocabulary");
    e.with("claim", claim.code());
    return e;
  }

  /** A rule with this id exists. */
  public static DuplicateTextException rule(String id) {
    var e = new DuplicateTextException("A rule with id " + id + " exists; revise it instead");
    e.with("rule", id);
    return e;
  }
}
