package org.tribunal.access;

import java.util.UUID;
import org.tribunal.shared.DomainException;

/** No API token has the given id (404, {@code /problems/unknown-api-token}). */
public final class UnknownApiTokenException extends DomainException {

  private UnknownApiTokenException(UUID id) {
    super("unknown-api-token", 404, "Unknown API token", "There is no API token " + id + ".");
    with("tokenId", id.toString());
  }

  /** The token {@code id} does not exist. */
  public static UnknownApiTokenException withId(UUID id) {
    return new UnknownApiTokenException(id);
  }
}
