package org.tribunal.record.witness;

import org.tribunal.shared.DomainException;

/** A witness registration or policy that cannot be accepted. */
public final class InvalidWitnessException extends DomainException {

  private static final long serialVersionUID = 1L;

  private InvalidWitnessException(String slug, int status, String title, String detail) {
    super(slug, status, title, detail);
  }

  /** The verifier key does not parse or is not a cosignature key. */
  public static InvalidWitnessException badKey(String reason) {
    return new InvalidWitnessException(
        "invalid-witness-key", 400, "Invalid witness key",
        "A witness key is <name>+<key ID>+<base64 of 0x04 and 32 bytes>: " + reason);
  }

  /** The URL is not an http(s) URL. */
  public static InvalidWitnessException badUrl(String url) {
    InvalidWitnessException e = new InvalidWitnessException(
        "invalid-witness-url", 400, "Invalid witness URL", "The witness URL must be http or https, got '" + url + "'");
    e.with("url", url);
    return e;
  }

  /** The name is taken by another key. */
  public static InvalidWitnessException nameTaken(String name) {
    InvalidWitnessException e = new InvalidWitnessException(
        "witness-name-taken", 409, "Witness name taken", "A witness named '" + name + "' is already registered");
    e.with("witness", name);
    return e;
  }

  /** The quorum is larger than the number of active witnesses. */
  public static InvalidWitnessException quorumTooLarge(int quorum, int witnesses) {
    InvalidWitnessException e = new InvalidWitnessException(
        "witness-quorum-too-large", 422, "Quorum larger than the witnesses",
        "A quorum of " + quorum + " needs at least " + quorum + " active witnesses; there are " + witnesses);
    e.with("quorum", quorum).with("activeWitnesses", witnesses);
    return e;
  }
}
