package org.tribunal.evidence.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class EvidencePropertiesTests {

  static EvidenceProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("tribunal.evidence",
        EvidenceProperties.class);
  }

  @Test
  void usesTheFileSystemStoreUnlessToldOtherwise() {
    EvidenceProperties properties = bind(Map.of());
    assertThat(properties.store()).isEqualTo(EvidenceProperties.StoreKind.FILESYSTEM);
    assertThat(properties.s3().pathStyle()).isTrue();
    assertThat(properties.s3().partSize()).isEqualTo(DataSize.ofMegabytes(16));
    assertThat(properties.s3().bucket()).isEmpty();
  }

  @Test
  void bindsTheS3SettingsAndNeverShowsTheSecret() {
    EvidenceProperties properties = bind(Map.of(
        "tribunal.evidence.store", "s3",
        "tribunal.evidence.s3.endpoint", "http://127.0.0.1:9000",
        "tribunal.evidence.s3.bucket", "vault",
        "tribunal.evidence.s3.access-key", "AKIDEXAMPLE",
        "tribunal.evidence.s3.secret-key", "wJalrXUtnFEMI-secret",
        "tribunal.evidence.s3.part-size", "8MB"));
    assertThat(properties.store()).isEqualTo(EvidenceProperties.StoreKind.S3);
    assertThat(properties.s3().endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
    assertThat(properties.s3().secretKey()).isEqualTo("wJalrXUtnFEMI-secret");
    assertThat(properties.s3().partSize()).isEqualTo(DataSize.ofMegabytes(8));
    assertThat(properties.toString()).doesNotContain("wJalrXUtnFEMI-secret").doesNotContain("AKIDEXAMPLE")
        .contains("bucket=vault");
  }

  @Test
  void refusesAnS3StoreWithoutABucketOrWithHalfACredential() {
    assertThatThrownBy(() -> new EvidenceConfiguration().evidenceStore(
        bind(Map.of("tribunal.evidence.store", "s3")), "target/unused"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tribunal.evidence.s3.bucket");
    assertThatThrownBy(() -> EvidenceConfiguration.client(bind(Map.of(
        "tribunal.evidence.s3.bucket", "vault", "tribunal.evidence.s3.access-key", "AKIDEXAMPLE")).s3()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
  }
}
