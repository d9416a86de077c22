package org.tribunal.merkle.note;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Raw 32-byte Ed25519 keys on top of the JDK provider, plus the C2SP key ID.
 *
 * <p>The JDK speaks X.509 ({@code SubjectPublicKeyInfo}) and PKCS#8 encodings; for Ed25519 those are
 * a fixed DER header followed by the raw 32 bytes (RFC 8410), so conversion is a prefix. Deriving
 * the public key from a seed uses the JDK key-pair generator with a random source that yields the
 * seed: the generator takes its 32-byte private key from {@code nextBytes}, as RFC 8032 §5.1.5
 * requires. The Go {@code sumdb/note} vectors in the tests pin this behaviour.
 */
final class Ed25519 {

  static final int KEY_SIZE = 32;
  static final int SIGNATURE_SIZE = 64;

  /** DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4), before the 32 raw bytes. */
  private static final byte[] X509_HEADER = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  /** DER header of an Ed25519 PKCS#8 OneAsymmetricKey (RFC 8410 §7), before the 32-byte seed. */
  private static final byte[] PKCS8_HEADER = {
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20
  };

  private Ed25519() {}

  static PublicKey publicKey(byte[] raw) throws InvalidKeySpecException {
    if (raw.length != KEY_SIZE) {
      throw new InvalidKeySpecException("an Ed25519 public key is 32 bytes, got " + raw.length);
    }
    return keyFactory().generatePublic(new X509EncodedKeySpec(concat(X509_HEADER, raw)));
  }

  static PrivateKey privateKey(byte[] seed) {
    checkSeed(seed);
    try {
      return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_HEADER, seed)));
    } catch (InvalidKeySpecException e) {
      throw new IllegalStateException("the JDK rejected a well-formed Ed25519 private key", e);
    }
  }

  /** Returns the raw public key of the given 32-byte seed (RFC 8032 §5.1.5). */
  static byte[] publicKeyOf(byte[] seed) {
    checkSeed(seed);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
      KeyPair pair = generator.generateKeyPair();
      return rawPublicKey(pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no usable Ed25519 provider", e);
    }
  }

  /** Returns a fresh random 32-byte seed. */
  static byte[] newSeed() {
    byte[] seed = new byte[KEY_SIZE];
    new SecureRandom().nextBytes(seed);
    return seed;
  }

  static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
    if (signatureBytes.length != SIGNATURE_SIZE) {
      return false;
    }
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(signatureBytes);
    } catch (SignatureException | InvalidKeyException e) {
      // An unparseable signature (for example a point not on the curve) simply does not verify.
      return false;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no Ed25519 provider", e);
    }
  }

  /** Key ID: the first 4 bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ type ‖ public key). */
  static int keyId(String name, SignatureType type, byte[] publicKey) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(name.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
      sha256.update(type.code());
      sha256.update(publicKey);
      byte[] digest = sha256.digest();
      return ((digest[0] & 0xff) << 24)
          | ((digest[1] & 0xff) << 16)
          | ((digest[2] & 0xff) << 8)
          | (digest[3] & 0xff);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static byte[] rawPublicKey(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded.length != X509_HEADER.length + KEY_SIZE
        || !Arrays.equals(encoded, 0, X509_HEADER.length, X509_HEADER, 0, X509_HEADER.length)) {
      throw new IllegalStateException("unexpected Ed25519 public key encoding from the JDK");
    }
    return Arrays.copyOfRange(encoded, X509_HEADER.length, encoded.length);
  }

  private static KeyFactory keyFactory() {
    try {
      return KeyFactory.getInstance("Ed25519");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no Ed25519 provider", e);
    }
  }

  private static void checkSeed(byte[] seed) {
    if (seed.length != KEY_SIZE) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A random source that yields one fixed seed, so the JDK generator derives that seed's key pair. */
  private static final class SeedSource extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    SeedSource(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException(
            "the Ed25519 generator asked for " + bytes.length + " random bytes, expected 32");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
