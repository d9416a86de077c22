package org.tribunal.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RandomSecretsTests {

  @Test
  void hashesWithSha256InLowerCaseHex() {
    assertThat(RandomSecrets.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void tokenSecretsArePrefixedAndCarry256RandomBits() {
    String secret = RandomSecrets.tokenSecret();
    assertThat(secret).startsWith("tribunal_").hasSize("tribunal_".length() + 43);
    assertThat(secret).isNotEqualTo(RandomSecrets.tokenSecret());
  }

  @Test
  void passwordsAreLongEnoughForThePolicy() {
    assertThat(RandomSecrets.password().length()).isGreaterThanOrEqualTo(DefaultUserManagement.MIN_PASSWORD_LENGTH);
  }
}
