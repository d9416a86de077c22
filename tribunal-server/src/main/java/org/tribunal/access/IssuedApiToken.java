package org.tribunal.access;

/**
 * A token just issued, with its secret. The secret is shown once; only its SHA-256 hash is stored.
 * Present it as {@code Authorization: Bearer <secret>} on {@code /api/**}.
 *
 * @param token the token without secret
 * @param secret the bearer secret
 */
public record IssuedApiToken(ApiTokenView token, String secret) {

  @Override
  public String toString() {
    return "IssuedApiToken[id=" + token.id() + "]";
  }
}
