package org.tribunal.record.witness;

import org.tribunal.shared.DomainException;

/** No witness of that name is registered. */
public final class UnknownWitnessException extends DomainException {

  private static final long serialVersionUID = 1L;

  private UnknownWitnessException(String name) {
    super("unknown-witness", 404, "Unknown witness", "No witness named '" + name + "' is registered");
    with("witness", name);
  }

  /** Returns the exception for {@code name}. */
  public static UnknownWitnessException named(String name) {
    return new UnknownWitnessException(name);
  }
}
