package org.tribunal.evidence.config;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tribunal.evidence.store.EvidenceStore;
import org.tribunal.evidence.store.FileSystemEvidenceStore;
import org.tribunal.evidence.store.S3EvidenceStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Wires the evidence store chosen by {@code tribunal.evidence.store}: the file-system store by
 * default, or the S3-compatible store (see docs/operations.md). The S3 store's bucket is checked at
 * start-up, so a wrong endpoint, bucket or key stops the server instead of the first upload.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

  @Bean
  EvidenceStore evidenceStore(EvidenceProperties properties, @Value("${tribunal.data-dir:./tribunal-data}") String dataDir) {
    return switch (properties.store()) {
      case FILESYSTEM -> new FileSystemEvidenceStore(properties.storeDir() == null || properties.storeDir().isBlank()
          ? Path.of(dataDir, "evidence")
          : Path.of(properties.storeDir()));
      case S3 -> s3Store(properties.s3(), dataDir);
    };
  }

  private static S3EvidenceStore s3Store(EvidenceProperties.S3 settings, String dataDir) {
    if (settings.bucket().isBlank()) {
      throw new IllegalStateException("tribunal.evidence.store=s3 needs tribunal.evidence.s3.bucket");
    }
    Path staging = settings.stagingDir() == null || settings.stagingDir().isBlank()
        ? Path.of(dataDir, "evidence-staging")
        : Path.of(settings.stagingDir());
    S3Client client = client(settings);
    try {
      client.headBucket(b -> b.bucket(settings.bucket()));
    } catch (S3Exception e) {
      client.close();
      throw new IllegalStateException("the evidence bucket " + settings.bucket() + " at "
          + (settings.endpoint() == null ? "AWS S3" : settings.endpoint()) + " cannot be used (HTTP "
          + e.statusCode() + ")", e);
    }
    return new S3EvidenceStore(client, settings.bucket(), settings.prefix(), settings.partSize().toBytes(), staging);
  }

  /** An S3 client over Apache HTTP (streams bodies; no Netty), checksums only where S3 requires them. */
  static S3Client client(EvidenceProperties.S3 settings) {
    S3ClientBuilder builder = S3Client.builder()
        .httpClient(ApacheHttpClient.create())
        .region(Region.of(settings.region()))
        .forcePathStyle(settings.pathStyle())
        .credentialsProvider(credentials(settings))
        // S3-compatible servers differ in their support of the newer flexible checksums; integrity is
        // checked by the vault's own SHA-256 and SHA-512 sweeps.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(EvidenceProperties.S3 settings) {
    boolean hasKey = settings.accessKey() != null && !settings.accessKey().isBlank();
    boolean hasSecret = settings.secretKey() != null && !settings.secretKey().isBlank();
    if (hasKey != hasSecret) {
      throw new IllegalStateException(
          "set both tribunal.evidence.s3.access-key and tribunal.evidence.s3.secret-key, or neither");
    }
    return hasKey
        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
        : DefaultCredentialsProvider.builder().build();
  }
}
