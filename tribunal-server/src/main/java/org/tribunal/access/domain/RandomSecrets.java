package org.tribunal.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random passwords and token secrets, and the SHA-256 digest under which tokens are stored. */
final class RandomSecrets {

  /** Prefix of every token secret, so a leaked one is easy to recognise and scan for. */
  static final String TOKEN_PREFIX = "tribunal_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomSecrets() {}

  /** A password of 24 URL-safe characters (144 random bits). */
  static String password() {
    return base64(18);
  }

  /** A bearer secret: the prefix and 43 URL-safe characters (256 random bits). */
  static String tokenSecret() {
    return TOKEN_PREFIX + base64(32);
  }

  /** The lower-case hex SHA-256 of the secret's UTF-8 bytes. */
  static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String base64(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
